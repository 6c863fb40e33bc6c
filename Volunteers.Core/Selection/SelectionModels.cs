using Volunteers.Core.Incentives;

namespace Volunteers.Core.Selection;

public static class SelectionStates
{
    public const string Nominating = "nominating", Reviewed = "reviewed", Notice = "notice", Finalized = "finalized";
}

public sealed record SelectionSettings(string AwardTitle = "优秀社区教育志愿者",
    string Issuer = "扶欢镇社区教育学校", string PublicBaseUrl = "");

public sealed record SelectionParameters(int Year, decimal MinHours, int Quota, int? PointQuota);


public sealed record Nomination
{
    public long Id { get; init; }
    public long VolunteerId { get; init; }
    public string Name { get; init; } = "";
    public long LearningPointId { get; init; }
    public string Reason { get; init; } = "";
    public string Status { get; init; } = "";
    public long NominatedBy { get; init; }
    public DateTimeOffset NominatedAt { get; init; }
}

public sealed record Objection
{
    public long Id { get; init; }
    public long VolunteerId { get; init; }
    public string Text { get; init; } = "";
    public long RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public bool? Upheld { get; init; }
    public string? Note { get; init; }
    public long? ResolvedBy { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
}

public sealed record SelectionStep
{
    public string Step { get; init; } = "";
    public string? Detail { get; init; }
    public long By { get; init; }
    public DateTimeOffset At { get; init; }
}

public sealed record Award
{
    public long Id { get; init; }
    public long VolunteerId { get; init; }
    public string Name { get; init; } = "";
    /// <summary>The town whose selection granted it, its name and its issuer, as the certificate prints them.</summary>
    public long TownId { get; init; }
    public string TownName { get; init; } = "";
    public string Issuer { get; init; } = "";
    public long LearningPointId { get; init; }
    public string LearningPointName { get; init; } = "";
    public int Year { get; init; }
    public string Title { get; init; } = "";
    public string CertificateNo { get; init; } = "";
    public string VerificationCode { get; init; } = "";
    public DateOnly IssuedOn { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public string? RevokeReason { get; init; }
    public long HalfHours { get; init; }
}

public sealed record SelectionView(int Year, decimal MinHours, int Quota, int? PointQuota, string State, DateTimeOffset? NoticeStartsAt,
    DateTimeOffset? NoticeEndsAt, IReadOnlyList<Ranked> Candidates, IReadOnlyList<Nomination> Nominations, IReadOnlyList<Objection> Objections,
    IReadOnlyList<SelectionStep> Steps);
