namespace Volunteers.Core.ServiceRecords;

public static class RecordStatuses
{
    public const string Pending = "pending", Approved = "approved", Rejected = "rejected";
    public static readonly string[] All = [Pending, Approved, Rejected];
}

/// <summary>Where a record came from: typed in, a sign-in sheet's batch, scanning in and out, or a correction.</summary>
public static class RecordSources
{
    public const string Manual = "manual", Sheet = "sheet", CheckIn = "check-in", Reversal = "reversal";
    public static readonly string[] All = [Manual, Sheet, CheckIn, Reversal];
}

/// <summary>Hours are whole half-hours in storage, so 0.5 steps stay exact.</summary>
public static class Hours
{
    public const decimal MaxPerRecord = 12, MaxPerDay = 24;

    public static bool IsWholeHalfHours(decimal hours) => hours * 2 == decimal.Truncate(hours * 2);

    /// <summary>What one record may carry: 0.5 to 12 hours in half-hour steps.</summary>
    public static bool IsValid(decimal hours) => hours > 0 && hours <= MaxPerRecord && IsWholeHalfHours(hours);

    public static string InvalidMessage() => Common.Text.T($"服务时长须为 0.5 的整数倍，且在 0.5 到 {MaxPerRecord} 小时之间",
        $"Hours are a multiple of 0.5 from 0.5 to {MaxPerRecord}");

    public static long ToHalfHours(decimal hours) => (long)(hours * 2);

    public static decimal FromHalfHours(long halfHours) => halfHours / 2m;
}

public sealed record ServiceRecord
{
    public long Id { get; init; }
    public long VolunteerId { get; init; }
    public string VolunteerName { get; init; } = "";
    public long LearningPointId { get; init; }
    public long? ActivityId { get; init; }
    public string? ActivityTitle { get; init; }
    public long? BatchId { get; init; }
    public string Source { get; init; } = RecordSources.Manual;
    public long? CheckinId { get; init; }
    public DateOnly ServiceDate { get; init; }
    public long HalfHours { get; init; }
    public decimal Hours => ServiceRecords.Hours.FromHalfHours(HalfHours);
    public string Content { get; init; } = "";
    public string Status { get; init; } = "";
    public long? ReversesId { get; init; }
    public long? ReversedById { get; init; }
    public string? Reason { get; init; }
    public long RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public long? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
}

public sealed record NewServiceRecord(long VolunteerId, long? ActivityId, DateOnly ServiceDate, decimal Hours, string Content);

public sealed record ServiceRecordFilter(long? VolunteerId, string? Status, DateOnly? From, DateOnly? To, long? LearningPointId);

public sealed record AttendanceEntry(long VolunteerId, decimal Hours);

public sealed record AttendanceResult(long BatchId, IReadOnlyList<long> Created);

public sealed record ReviewSettings(bool TwoStepReview = true);
