using Volunteers.Core.Common;

namespace Volunteers.Core.Activities;

/// <summary>An activity as the public list shows it. It has no field for who signed up: the list is public.</summary>
public sealed record OpenActivity(
    long Id, string Title, string Type, string TypeName, long? LearningPointId, string LearningPointName, DateOnly Date,
    string? StartTime, string? EndTime, string? Location, string? Description, int? Capacity, int? SeatsLeft,
    DateTimeOffset SignupDeadline, bool SignupClosed, bool Waitlist, bool WalkIns);

internal sealed record OpenActivityRow
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public string Type { get; init; } = "";
    public long? LearningPointId { get; init; }
    public string? LearningPointName { get; init; }
    public DateOnly Date { get; init; }
    public string? StartTime { get; init; }
    public string? EndTime { get; init; }
    public string? Location { get; init; }
    public string? Description { get; init; }
    public int? Capacity { get; init; }
    public DateTimeOffset? ChosenDeadline { get; init; }
    public bool Waitlist { get; init; }
    public bool WalkIns { get; init; }
    public int Confirmed { get; init; }

    public OpenActivity ToOpen(DateTimeOffset now)
    {
        var deadline = ChosenDeadline ?? ActivitySchedule.Starts(Date, StartTime);
        return new(Id, Title, Type, ActivityTypes.Chinese.GetValueOrDefault(Type, Type), LearningPointId, LearningPointName ?? Labels.TownLevel, Date,
            StartTime, EndTime, Location, Description, Capacity, Capacity is { } c ? Math.Max(0, c - Confirmed) : null, deadline, now >= deadline,
            Waitlist, WalkIns);
    }
}
