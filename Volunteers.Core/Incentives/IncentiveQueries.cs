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

    private readonly FreshCache<(int, long?, int), IReadOnlyList<LeaderboardEntry>> _leaderboards = new(db);

    public IReadOnlyList<LeaderboardEntry> Leaderboard(Caller caller, int year, long? learningPointId, int top)
    {
        var point = caller.ScopeFor(learningPointId);
        return _leaderboards.Get((year, point, top), () => db.Read(c => c.Query<Row>($"""
            SELECT y.volunteer_id, v.volunteer_no, v.name, v.learning_point_id, p.name AS learning_point_name, y.approved_half_hours, y.approved_records
            FROM volunteer_year_totals y
            JOIN volunteers v ON v.id = y.volunteer_id
            JOIN learning_points p ON p.id = v.learning_point_id
            WHERE y.year = @year AND y.approved_half_hours > 0 {(point is null ? "" : "AND v.learning_point_id = @point")}
            ORDER BY {Ranking.OrderBy}
            LIMIT @top
            """, new { year, point, top }).Select((r, i) => new LeaderboardEntry(i + 1, r.VolunteerId, r.VolunteerNo, r.Name, r.LearningPointId,
            r.LearningPointName, r.ApprovedHalfHours / 2m, r.ApprovedRecords)).ToList()));
    }

    private sealed class Row
    {
        public long VolunteerId { get; init; }
        public string VolunteerNo { get; init; } = "";
        public string Name { get; init; } = "";
        public long LearningPointId { get; init; }
        public string LearningPointName { get; init; } = "";
        public long ApprovedHalfHours { get; init; }
        public int ApprovedRecords { get; init; }
    }

    private sealed class StarRow
    {
        public long Level { get; init; }
        public DateOnly ReachedOn { get; init; }
    }
}
