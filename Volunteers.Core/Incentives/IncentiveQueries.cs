using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Incentives;

public sealed class IncentiveQueries(Database db, IncentiveSettings settings)
{
    public VolunteerIncentives For(long volunteerId, int year) => db.Read(c =>
    {
        var totals = c.QuerySingleOrDefault<(long HalfHours, int Points)>(
            "SELECT approved_half_hours, points FROM volunteer_totals WHERE volunteer_id = @volunteerId", new { volunteerId });
        var yearHalfHours = c.ExecuteScalar<long?>(
            "SELECT approved_half_hours FROM volunteer_year_totals WHERE volunteer_id = @volunteerId AND year = @year", new { volunteerId, year }) ?? 0;
        var stars = c.Query<StarRow>(
                "SELECT level, reached_on FROM volunteer_star_levels WHERE volunteer_id = @volunteerId ORDER BY level", new { volunteerId })
            .Where(s => s.Level <= settings.StarThresholds.Count)
            .Select(s => new StarReached((int)s.Level, settings.StarThresholds[(int)s.Level - 1], s.ReachedOn)).ToList();
        var hours = totals.HalfHours / 2m;
        return new VolunteerIncentives(hours, yearHalfHours / 2m, settings.StarLevel(hours), stars, totals.Points);
    });

    private readonly FreshCache<(int, long?, long?, int), IReadOnlyList<Ranked>> _leaderboards = new(db);

    /// <summary>The year's ranking of the caller's town (or the district's, for its administrator naming no town), or of one point.</summary>
    public IReadOnlyList<Ranked> Leaderboard(Caller caller, int year, long? learningPointId, int top)
    {
        var point = caller.ScopeFor(learningPointId);
        var town = caller.TownScope;
        var condition = string.Join(" AND ", new[] { town is null ? null : "p.town_id = @town", point is null ? null : "v.learning_point_id = @point" }.OfType<string>());
        return _leaderboards.Get((year, town, point, top), () => db.Read(c => Ranking.Of(c, null, year, condition, new { town, point }, top)));
    }

    private sealed class StarRow
    {
        public long Level { get; init; }
        public DateOnly ReachedOn { get; init; }
    }
}
