namespace Volunteers.Core.Incentives;

/// <summary>
/// The town's one ranking of volunteers within a year, for the leaderboard, the selection's candidates and the order
/// certificates are numbered in: most approved hours, then most approved records, then who registered first; the id
/// settles the rest, so the order never depends on the plan SQLite picks.
/// </summary>
public static class Ranking
{
    /// <summary>An ORDER BY list over <c>volunteer_year_totals y</c> joined with <c>volunteers v</c>.</summary>
    public const string OrderBy = "y.approved_half_hours DESC, y.approved_records DESC, v.created_at, v.id";
}
