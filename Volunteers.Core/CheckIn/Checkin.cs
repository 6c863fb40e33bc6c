namespace Volunteers.Core.CheckIn;

public static class CheckinActions
{
    public const string In = "in", Out = "out";
}

/// <summary>What the coordinator prints on the poster: the code, and when it works.</summary>
public sealed record CheckinCode(long ActivityId, string Code, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

/// <summary>The answer to a scan or a coordinator's entry: the server's time, and on check-out the minutes counted and the hours they make.</summary>
public sealed record CheckinResult(long CheckinId, long ActivityId, long VolunteerId, string Action, DateTimeOffset At, int? Minutes, decimal? Hours);

/// <summary>One volunteer's line on the live list; <see cref="Out"/> is the scheduled end where a forgotten check-out was closed.</summary>
public sealed record CheckinEntry(
    long Id, long VolunteerId, string VolunteerNo, string Name, bool SignedUp, DateTimeOffset In, DateTimeOffset? Out, int? Minutes, decimal? Hours,
    bool Manual, bool AutoClosed, long? ServiceRecordId);

public sealed record CheckinList(
    long ActivityId, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset? ClosedAt, int CheckedIn, int CheckedOut, IReadOnlyList<CheckinEntry> Items);

/// <summary>A check-in that closing turned into no record, and why (no time counted, already recorded, withdrawn).</summary>
public sealed record CloseSkip(long VolunteerId, string Reason, long? ServiceRecordId = null);

public sealed record CloseResult(long ActivityId, DateTimeOffset ClosedAt, IReadOnlyList<long> Created, IReadOnlyList<CloseSkip> Skipped);

/// <summary>What the check-in page shows a card holder: the activity, its window, and where they stand.</summary>
public sealed record CheckinPageView(
    string Code, string Title, string When, string? Location, string Window, string? Refusal,
    CheckinEntry? Mine, string VolunteerName);

internal sealed class CheckinRow
{
    public long Id { get; init; }
    public long ActivityId { get; init; }
    public long VolunteerId { get; init; }
    public string VolunteerNo { get; init; } = "";
    public string Name { get; init; } = "";
    public bool SignedUp { get; init; }
    public DateTimeOffset CheckedInAt { get; init; }
    public long? InBy { get; init; }
    public DateTimeOffset? CheckedOutAt { get; init; }
    public long? OutBy { get; init; }
    public bool AutoClosed { get; init; }
    public long? ServiceRecordId { get; init; }
}
