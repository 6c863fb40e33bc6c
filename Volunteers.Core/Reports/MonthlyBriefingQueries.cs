using System.Data.Common;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Town;

namespace Volunteers.Core.Reports;

/// <summary>A town's month from its own data: the activities, the registry's changes, the approved ledger and the check-ins.</summary>
public sealed class MonthlyBriefingQueries(Database db)
{
    public MonthlyBriefing For(Caller caller, int year, int month) => db.Read(c =>
    {
        var town = TownQueries.Find(c, null, TownQueries.Resolve(c, null, caller, null))!;
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var args = new
        {
            town = town.Id, from, to, start = StartUtc(from), end = StartUtc(from.AddMonths(1)),
        };
        var activities = c.Query<ActivityRow>("""
            SELECT a.id, a.date, a.title, a.type, a.learning_point_id, p.name AS learning_point_name
            FROM activities a LEFT JOIN learning_points p ON p.id = a.learning_point_id
            WHERE a.town_id = @town AND a.cancelled_at IS NULL AND a.date >= @from AND a.date <= @to
            ORDER BY a.date, a.id
            """, args).Select(a => new BriefingActivity(a.Id, a.Date, a.Title, a.Type, ActivityTypes.Chinese.GetValueOrDefault(a.Type, a.Type),
                a.LearningPointId, a.LearningPointName ?? Labels.TownLevel)).ToList();
        var points = c.Query<(long Id, string Name)>("SELECT id, name FROM learning_points WHERE town_id = @town ORDER BY code", args).ToList();
        var registered = Counted(c, """
            SELECT v.learning_point_id, count(*) FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id
            WHERE p.town_id = @town AND v.created_at >= @start AND v.created_at < @end GROUP BY v.learning_point_id
            """, args);
        var approved = c.ExecuteScalar<long>("""
            SELECT count(DISTINCT s.volunteer_id) FROM volunteer_status_changes s
            JOIN volunteers v ON v.id = s.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
            WHERE p.town_id = @town AND s.from_status = 'pending' AND s.to_status = 'active' AND s.changed_at >= @start AND s.changed_at < @end
            """, args);
        // Net of reversals: a reversal is an approved row with negative hours, dated as the record it reverses.
        // One pass over the month's approved ledger: each volunteer's net hours at each point, and their records that stand
        // (positive, not reversed).
        var served = c.Query<(long PointId, long VolunteerId, long HalfHours, long Records)>("""
            SELECT r.learning_point_id, r.volunteer_id, CAST(sum(r.half_hours) AS BIGINT),
                   CAST(sum(CASE WHEN r.half_hours > 0 AND NOT EXISTS (SELECT 1 FROM service_records x WHERE x.reverses_id = r.id)
                                 THEN 1 ELSE 0 END) AS BIGINT)
            FROM service_records r JOIN learning_points p ON p.id = r.learning_point_id
            WHERE p.town_id = @town AND r.status = 'approved' AND r.service_date >= @from AND r.service_date <= @to
            GROUP BY r.learning_point_id, r.volunteer_id
            """, args).ToList();
        var checkins = c.QuerySingle<(long Checkins, long Volunteers)>("""
            SELECT count(*), count(DISTINCT k.volunteer_id) FROM checkins k JOIN activities a ON a.id = k.activity_id
            WHERE a.town_id = @town AND k.checked_in_at >= @start AND k.checked_in_at < @end
            """, args);
        var stars = c.Query<(long Level, long Volunteers)>("""
            SELECT s.level, count(*) FROM volunteer_star_levels s
            JOIN volunteers v ON v.id = s.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
            WHERE p.town_id = @town AND s.reached_on >= @from AND s.reached_on <= @to
            GROUP BY s.level ORDER BY s.level
            """, args).Select(s => new BriefingStars((int)s.Level, (int)s.Volunteers)).ToList();

        var history = StatusHistory.Of(c, town.Id);
        var months = Enumerable.Range(1, month).Select(m => new DateOnly(year, m, 1))
            .Select(first => new MonthActive(first.ToString("yyyy-MM"), history.ActiveAt(StartUtc(first.AddMonths(1))))).ToList();
        var active = months[^1].Active;
        var progress = new BriefingProgress(town.Target, active, town.Target == 0 ? 0 : Math.Round(active * 100m / town.Target, 1), months);

        var service = new BriefingService(Hours.FromHalfHours(served.Sum(s => s.HalfHours)), (int)served.Sum(s => s.Records),
            served.GroupBy(s => s.VolunteerId).Count(g => g.Sum(s => s.HalfHours) > 0), (int)checkins.Checkins, (int)checkins.Volunteers);
        var league = Ranked(points.Select(p => new PointStanding(0, p.Id, p.Name,
            Hours.FromHalfHours(served.Where(s => s.PointId == p.Id).Sum(s => s.HalfHours)),
            served.Where(s => s.PointId == p.Id && s.HalfHours > 0).Select(s => s.VolunteerId).Distinct().Count(),
            activities.Count(a => a.LearningPointId == p.Id), (int)registered.GetValueOrDefault(p.Id))).ToList());
        var volunteers = new BriefingVolunteers((int)registered.Values.Sum(), (int)approved);
        var empty = activities.Count == 0 && volunteers.Registered == 0 && volunteers.Approved == 0 && served.Count == 0 && checkins.Checkins == 0
                    && stars.Count == 0;
        var byType = activities.GroupBy(a => a.TypeLabel).Select(g => new BriefingCount(g.Key, g.Count())).OrderByDescending(x => x.Count).ThenBy(x => x.Label).ToList();
        var byPoint = activities.GroupBy(a => a.LearningPoint).Select(g => new BriefingCount(g.Key, g.Count())).OrderByDescending(x => x.Count).ThenBy(x => x.Label).ToList();
        var briefing = new MonthlyBriefing(from.ToString("yyyy-MM"), town.Id, town.Name, from, to, empty, activities, byType, byPoint, volunteers, service,
            progress, stars, league, "");
        return briefing with { Summary = BriefingSummary.Of(briefing) };
    });

    /// <summary>Competition ranking (1, 1, 3): by hours, then serving volunteers; the list keeps the points' order within a tie.</summary>
    private static List<PointStanding> Ranked(List<PointStanding> points)
    {
        var ordered = points.OrderByDescending(p => p.ApprovedHours).ThenByDescending(p => p.ServingVolunteers).ToList();
        return ordered.Select((p, i) => p with
        {
            Rank = ordered.FindIndex(q => q.ApprovedHours == p.ApprovedHours && q.ServingVolunteers == p.ServingVolunteers) + 1,
        }).ToList();
    }

    private static Dictionary<long, long> Counted(DbConnection c, string sql, object args) =>
        c.Query<(long Key, long Count)>(sql, args).ToDictionary(x => x.Key, x => x.Count);

    private static string StartUtc(DateOnly date) => TypeHandlers.Format(ShanghaiTime.At(date, TimeOnly.MinValue));

    private sealed class ActivityRow
    {
        public long Id { get; init; }
        public DateOnly Date { get; init; }
        public string Title { get; init; } = "";
        public string Type { get; init; } = "";
        public long? LearningPointId { get; init; }
        public string? LearningPointName { get; init; }
    }
}
