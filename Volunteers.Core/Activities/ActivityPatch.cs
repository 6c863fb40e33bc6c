namespace Volunteers.Core.Activities;

/// <summary>
/// A partial update: a field left out stays as it is. An optional field sent as null (or "") is cleared — a capacity back
/// to unlimited, the deadline back to the start — which is why each setter notes that its field was sent.
/// </summary>
public class ActivityPatch
{
    private readonly HashSet<string> _sent = [];

    public string? Title { get; set { field = value; _sent.Add("title"); } }
    public string? Type { get; set { field = value; _sent.Add("type"); } }
    public DateOnly? Date { get; set { field = value; _sent.Add("date"); } }
    public string? Location { get; set { field = value; _sent.Add("location"); } }
    public string? StartTime { get; set { field = value; _sent.Add("startTime"); } }
    public string? EndTime { get; set { field = value; _sent.Add("endTime"); } }
    public string? Description { get; set { field = value; _sent.Add("description"); } }
    public int? Capacity { get; set { field = value; _sent.Add("capacity"); } }
    public bool? SignupOpen { get; set { field = value; _sent.Add("signupOpen"); } }
    public DateTimeOffset? SignupDeadline { get; set { field = value; _sent.Add("signupDeadline"); } }
    public bool? Waitlist { get; set { field = value; _sent.Add("waitlist"); } }
    public bool? WalkIns { get; set { field = value; _sent.Add("walkIns"); } }

    /// <summary>The names of the fields sent, for the audit log.</summary>
    public IReadOnlyCollection<string> Sent() => _sent;

    public ActivityInput ApplyTo(Activity current) => new(
        Title?.Trim() ?? current.Title, Type ?? current.Type, current.LearningPointId, Date ?? current.Date, Text("location", Location, current.Location))
    {
        StartTime = Text("startTime", StartTime, current.StartTime),
        EndTime = Text("endTime", EndTime, current.EndTime),
        Description = Text("description", Description, current.Description),
        Capacity = _sent.Contains("capacity") ? Capacity : current.Capacity,
        SignupOpen = SignupOpen ?? current.SignupOpen,
        SignupDeadline = _sent.Contains("signupDeadline") ? SignupDeadline : current.ChosenDeadline,
        Waitlist = Waitlist ?? current.Waitlist,
        WalkIns = WalkIns ?? current.WalkIns,
    };

    private string? Text(string field, string? sent, string? current) =>
        !_sent.Contains(field) ? current : string.IsNullOrWhiteSpace(sent) ? null : sent.Trim();
}
