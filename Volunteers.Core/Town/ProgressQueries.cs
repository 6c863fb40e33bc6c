using Dapper;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Town;

/// <summary>Progress toward the 1% target, read from the registry and the maintained year totals — never from the ledger.</summary>
public sealed class ProgressQueries(Database db, TownQueries town)
{
    private readonly FreshCache<int, Progress> _cache = new(db);

    public Progress For(int year) => _cache.Get(year, () => Compute(year));

    /// <summary>
    /// The district's figures as the sum of its towns'. A database holds one town today (the `town` row, id 1), so the
    /// district is that town until towns of their own are added.
    /// </summary>
    public DistrictProgress District(int year)
    {
        var figures = For(year).Town;
        TownFigures[] towns = [new(1, town.Get().Name, figures.Target, figures.Active, figures.Serving, figures.PercentOfTarget)];
        var target = towns.Sum(t => t.Target);
        var active = towns.Sum(t => t.Active);
        return new DistrictProgress(year,
            new DistrictFigures(figures.ResidentPopulation, target, active, towns.Sum(t => t.Serving), Percent(active, target)), towns);
    }

    private static decimal Percent(long active, int target) => target == 0 ? 0 : Math.Round(active * 100m / target, 1);

    private Progress Compute(int year)
    {
        var settings = town.Get();
        return db.Read(c =>
        {
            var active = c.Query<(long PointId, long Count)>(
                "SELECT learning_point_id, count(*) FROM volunteers WHERE status = 'active' GROUP BY learning_point_id").ToDictionary(x => x.PointId, x => x.Count);
            // From the active volunteers' covering index, one primary-key probe of the year totals each: driven from the year
            // totals instead, every serving volunteer cost a read of their whole row (measured in BENCHMARKS.md).
            var serving = c.Query<(long PointId, long Count)>("""
                SELECT v.learning_point_id, count(*)
                FROM volunteers v
                WHERE v.status = 'active'
                  AND EXISTS (SELECT 1 FROM volunteer_year_totals y WHERE y.volunteer_id = v.id AND y.year = @year AND y.approved_half_hours > 0)
                GROUP BY v.learning_point_id
                """, new { year }).ToDictionary(x => x.PointId, x => x.Count);
            var points = c.Query<PointRow>("SELECT id, name, kind, resident_population FROM learning_points ORDER BY code").ToList();
            var pending = c.ExecuteScalar<long>("SELECT count(*) FROM volunteers WHERE status = 'pending'");
            var byCategory = c.Query<(string Category, long Count)>(
                "SELECT category, count(*) FROM volunteers WHERE status = 'active' GROUP BY category").ToDictionary(x => x.Category, x => x.Count);
            foreach (var category in Categories.All) byCategory.TryAdd(category, 0);
            // Registration month in China Standard Time, from the UTC timestamp.
            var monthly = c.Query<(long Month, long Registered)>($"""
                SELECT {Dialect.ShanghaiMonth(c, "created_at")} AS month, count(*)
                FROM volunteers
                WHERE created_at >= @start AND created_at < @end AND status <> 'withdrawn'
                GROUP BY month
                """, new { start = YearStartUtc(year), end = YearStartUtc(year + 1) }).ToDictionary(x => (int)x.Month, x => x.Registered);

            var activeTotal = active.Values.Sum();
            var target = settings.Target;
            return new Progress(year,
                new TownProgress(settings.ResidentPopulation, target, activeTotal, serving.Values.Sum(), pending,
                    Percent(activeTotal, target)),
                points.Select(p => new PointProgress(p.Id, p.Name, p.Kind, Targets.For(p.ResidentPopulation, settings.TargetRatio),
                    active.GetValueOrDefault(p.Id), serving.GetValueOrDefault(p.Id))).ToList(),
                byCategory,
                Enumerable.Range(1, 12).Select(m => new MonthRegistrations(m, monthly.GetValueOrDefault(m))).ToList());
        });
    }

    private static string YearStartUtc(int year) =>
        TypeHandlers.Format(new DateTimeOffset(year, 1, 1, 0, 0, 0, Common.ShanghaiTime.Offset));

    private sealed class PointRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public long ResidentPopulation { get; init; }
    }
}
