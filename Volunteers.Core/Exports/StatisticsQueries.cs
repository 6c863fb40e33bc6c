using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Town;

namespace Volunteers.Core.Exports;

/// <summary>
/// Per learning point for one year, counted as progress counts (the volunteer's current point, the maintained year
/// totals): a town administrator gets every point and the town's line, a coordinator their own point.
/// </summary>
public sealed class StatisticsQueries(Database db, TownQueries town)
{
    public static readonly string[] Headers =
    [
        "学习点编码", "学习点", "类型", "常住人口", "目标人数", "在册志愿者", "本年服务志愿者", "待审核", "本年核定服务时长（小时）", "其中扫码签到（小时）",
        "本年核定服务记录数", "完成率（%）",
    ];

    public Sheet For(Caller caller, int year)
    {
        var settings = town.Get(caller, null);
        var point = caller.ScopeFor(null);
        var rows = db.Read(c => c.Query<Row>($"""
            SELECT p.code, p.name, p.kind, p.resident_population,
                   (SELECT count(*) FROM volunteers v WHERE v.learning_point_id = p.id AND v.status = 'active') AS active,
                   (SELECT count(*) FROM volunteers v WHERE v.learning_point_id = p.id AND v.status = 'pending') AS pending,
                   (SELECT count(*) FROM volunteer_year_totals y JOIN volunteers v ON v.id = y.volunteer_id
                    WHERE v.learning_point_id = p.id AND y.year = @year AND y.approved_half_hours > 0 AND v.status = 'active') AS serving,
                   (SELECT coalesce(sum(y.approved_half_hours), 0) FROM volunteer_year_totals y JOIN volunteers v ON v.id = y.volunteer_id
                    WHERE v.learning_point_id = p.id AND y.year = @year) AS half_hours,
                   (SELECT coalesce(sum(y.approved_records), 0) FROM volunteer_year_totals y JOIN volunteers v ON v.id = y.volunteer_id
                    WHERE v.learning_point_id = p.id AND y.year = @year) AS records,
                   -- Approved hours from scanning in and out, less their reversals (read through the source index).
                   (SELECT coalesce(sum(r.half_hours), 0) FROM service_records r JOIN volunteers v ON v.id = r.volunteer_id
                    WHERE r.source IN ('check-in', 'reversal') AND r.status = 'approved' AND r.service_date BETWEEN @from AND @to
                      AND v.learning_point_id = p.id
                      AND (r.source = 'check-in' OR EXISTS (SELECT 1 FROM service_records o WHERE o.id = r.reverses_id AND o.source = 'check-in'))) AS checkin_half_hours
            FROM learning_points p
            WHERE p.town_id = @town {(point is null ? "" : "AND p.id = @point")}
            ORDER BY p.code
            """, new { year, point, town = settings.Id, from = new DateOnly(year, 1, 1), to = new DateOnly(year, 12, 31) }).ToList());

        var lines = rows.Select(r => Line(r.Code, r.Name, Labels.Of(Labels.PointKinds, r.Kind), r.ResidentPopulation,
            Targets.For(r.ResidentPopulation, settings.TargetRatio), r)).ToList();
        if (caller.IsAdmin)
        {
            var total = new Row
            {
                Active = rows.Sum(r => r.Active),
                Serving = rows.Sum(r => r.Serving),
                Pending = rows.Sum(r => r.Pending),
                HalfHours = rows.Sum(r => r.HalfHours),
                Records = rows.Sum(r => r.Records),
                CheckinHalfHours = rows.Sum(r => r.CheckinHalfHours),
            };
            lines.Add(Line("", "全镇合计", "镇", settings.ResidentPopulation, settings.Target, total));
        }
        return new Sheet($"{year}年各学习点统计", Headers, lines);
    }

    private static object?[] Line(string code, string name, string kind, long population, int target, Row r) =>
    [
        code, name, kind, population, target, r.Active, r.Serving, r.Pending, Hours.FromHalfHours(r.HalfHours), Hours.FromHalfHours(r.CheckinHalfHours), r.Records,
        target == 0 ? 0m : Math.Round(r.Active * 100m / target, 1),
    ];

    private sealed class Row
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public long ResidentPopulation { get; init; }
        public long Active { get; init; }
        public long Pending { get; init; }
        public long Serving { get; init; }
        public long HalfHours { get; init; }
        public long Records { get; init; }
        public long CheckinHalfHours { get; init; }
    }
}
