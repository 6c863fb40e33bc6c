namespace Volunteers.Core.Signups;

public static class SignupStatus
{
    public const string Confirmed = "confirmed";
    public const string Waitlisted = "waitlisted";
    public const string Cancelled = "cancelled";
}

/// <summary>A sign-up as its writer gets it back; <see cref="Position"/> is the place on the waitlist, 1 first.</summary>
public sealed record SignupResult(long Id, long ActivityId, string Status, int? Position);

/// <summary>A cancelled sign-up and the waitlisted ones it confirmed.</summary>
public sealed record CancelResult(long Id, long ActivityId, string Status, IReadOnlyList<long> Promoted);

/// <summary>One line of a coordinator's roster: the mobile masked, as in every list.</summary>
public sealed record RosterEntry(
    long Id, long VolunteerId, string VolunteerNo, string Name, string Mobile, string LearningPoint, string Status, int? Position,
    DateTimeOffset CreatedAt);

public sealed record Roster(long ActivityId, int? Capacity, int Confirmed, int Waitlisted, IReadOnlyList<RosterEntry> Items);

/// <summary>
/// A volunteer's own sign-up with what they need to know of the activity, a cancellation's reason included;
/// <see cref="CanCancel"/> until the activity starts.
/// </summary>
public sealed record MySignup(
    long Id, long ActivityId, string Title, DateOnly Date, string? StartTime, string? EndTime, string? Location, string Status,
    int? Position, bool ActivityCancelled, string? CancelReason, bool CanCancel);

internal sealed record SignupRow
{
    public long Id { get; init; }
    public long ActivityId { get; init; }
    public long VolunteerId { get; init; }
    public string Status { get; init; } = "";
}
