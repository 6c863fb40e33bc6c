using Volunteers.Core.Audit;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Incentives;

public sealed class IncentiveData(Database db, IncentiveSettings settings, TimeProvider clock)
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

    /// <summary>Spends points on a reward; the conditional update makes a short balance a 409 even under concurrent redemptions.</summary>
    public Redemption Redeem(Caller caller, long volunteerId, int points, string item, IdempotencyKey? key) => db.WriteOnce(key, (c, t) =>
    {
        var volunteer = VolunteerData.Find(c, t, volunteerId);
        if (volunteer is null || !caller.CanReach(volunteer.LearningPointId)) throw VolunteerData.NotFound();
        var spent = c.Execute("UPDATE volunteer_totals SET points = points - @points WHERE volunteer_id = @volunteerId AND points >= @points",
            new { volunteerId, points }, t);
        if (spent == 0)
        {
            var balance = c.ExecuteScalar<int?>("SELECT points FROM volunteer_totals WHERE volunteer_id = @volunteerId", new { volunteerId }, t) ?? 0;
            throw DomainException.Conflict(Text.T($"积分余额不足：现有 {balance} 分，兑换需要 {points} 分", $"Not enough points: {balance} available, {points} needed"), "points");
        }
        var now = clock.GetUtcNow();
        var id = c.ExecuteScalar<long>("""
            INSERT INTO points_ledger (volunteer_id, delta, kind, item, created_by, created_at) VALUES (@volunteerId, -@points, 'redemption', @item, @by, @now)
            RETURNING id
            """, new { volunteerId, points, item, by = caller.AccountId, now }, t);
        AuditLog.Write(c, t, caller, "points.redeem", "volunteer", volunteerId, new { points, item });
        var left = c.ExecuteScalar<int>("SELECT points FROM volunteer_totals WHERE volunteer_id = @volunteerId", new { volunteerId }, t);
        return new Redemption(id, volunteerId, points, item, left, now);
    }, clock);

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
            ORDER BY y.approved_half_hours DESC, y.approved_records DESC, v.created_at, v.id
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
