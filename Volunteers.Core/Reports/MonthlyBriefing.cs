namespace Volunteers.Core.Reports;

/// <summary>
/// 月度简报: one month of a town's programme in figures, for its WeChat account and noticeboard. Months run in
/// Asia/Shanghai. Counts only: no volunteer is named.
/// </summary>
public sealed record MonthlyBriefing(
    string Month,
    long TownId,
    string Town,
    DateOnly From,
    DateOnly To,
    bool Empty,
    IReadOnlyList<BriefingActivity> Activities,
    IReadOnlyList<BriefingCount> ActivitiesByType,
    IReadOnlyList<BriefingCount> ActivitiesByPoint,
    BriefingVolunteers Volunteers,
    BriefingService Service,
    BriefingProgress Progress,
    IReadOnlyList<BriefingStars> StarsReached,
    IReadOnlyList<PointStanding> LeagueTable,
    string Summary);

/// <summary>An activity of the month; <see cref="LearningPoint"/> is 镇级 for a town-level one.</summary>
public sealed record BriefingActivity(long Id, DateOnly Date, string Title, string Type, string TypeLabel, long? LearningPointId, string LearningPoint);

public sealed record BriefingCount(string Label, int Count);

/// <summary>Registered in the month (any status), and approved in it (set active by a coordinator or an administrator).</summary>
public sealed record BriefingVolunteers(int Registered, int Approved);

/// <summary>The approved ledger of the month's service dates (reversals netted), and the month's check-ins.</summary>
public sealed record BriefingService(decimal ApprovedHours, int ApprovedRecords, int ServingVolunteers, int Checkins, int CheckedInVolunteers);

/// <summary>Active volunteers at the end of each month of the year so far, against the town's target.</summary>
public sealed record BriefingProgress(int Target, int ActiveAtMonthEnd, decimal PercentOfTarget, IReadOnlyList<MonthActive> Months);

public sealed record MonthActive(string Month, int Active);

public sealed record BriefingStars(int Level, int Volunteers);

/// <summary>A learning point's month: ranked by approved hours, then serving volunteers; equal figures share a rank.</summary>
public sealed record PointStanding(int Rank, long LearningPointId, string LearningPoint, decimal ApprovedHours, int ServingVolunteers, int Activities,
    int RegisteredVolunteers);
