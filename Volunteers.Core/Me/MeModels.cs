using Volunteers.Core.Incentives;
using Volunteers.Core.Selection;

namespace Volunteers.Core.Me;

/// <summary>Who the card holder is, as they see themself: nothing of their personal data beyond their name.</summary>
public sealed record MyVolunteer(long Id, string VolunteerNo, string Name, long LearningPointId, string LearningPointName, string Status, string Category);

public sealed record MyHours(decimal Approved, decimal Year, decimal Pending);

public sealed record MyRecord(long Id, DateOnly ServiceDate, string Content, decimal Hours, string Status, string? Reason, bool Reversal);

public sealed record MyPointsEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public int Delta { get; init; }
    public string Kind { get; init; } = "";
    public string? Item { get; init; }
}

/// <summary>The volunteer's own side at a glance: what /me shows and GET /api/me answers.</summary>
public sealed record MyOverview(MyVolunteer Volunteer, MyHours Hours, StarProgress Star, int Points, IReadOnlyList<MyRecord> Records,
    IReadOnlyList<Award> Awards);
