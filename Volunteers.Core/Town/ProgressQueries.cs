using Dapper;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Town;

/// <summary>Progress toward the 1% target, read from the registry and the maintained year totals — never from the ledger.</summary>
public sealed class ProgressQueries(Database db, TownQueries town)
{
    private readonly FreshCache<(long Town, int Year), Progress> _cache = new(db);

    public Progress For(long townId, int year) => _cache.Get((townId, year), () => Compute(town.Get(townId), year));

    private readonly FreshCache<int, DistrictProgress> _district = new(db);

    /// <summary>The district's figures as the sum of its towns', kept like each town's until the next write.</summary>
    public DistrictProgress District(int year) => _district.Get(year, () => ComputeDistrict(year));

    private DistrictProgress ComputeDistrict(int year)
    {
        var all = town.List();
        var towns = all.Select(t => (Town: t, Figures: For(t.Id, year).Town))
            .Select(x => new TownFigures(x.Town.Id, x.Town.Name, x.Figures.Target, x.Figures.Active, x.Figures.Serving, x.Figures.PercentOfTarget))
            .ToList();
        var target = towns.Sum(t => t.Target);
        var active = towns.Sum(t => t.Active);
        var population = all.Sum(t => t.ResidentPopulation);
        return new DistrictProgress(year,
            new DistrictFigures(population, target, active, towns.Sum(t => t.Serving), Percent(active, target)), towns);
    }

    private static decimal Percent(long active, int target) => target == 0 ? 0 : Math.Round(active * 100m / target, 1);

    private Progress Compute(TownSettings settings, int year)
    {
        return db.Read(c =>
        {
            var args = new { town = settings.Id, year, start = YearStartUtc(year), end = YearStartUtc(year + 1) };
            var active = c.Query<(long PointId, long Count)>("""
                SELECT v.learning_point_id, count(*) FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id
                WHERE p.town_id = @town AND v.status = 'active' GROUP BY v.learning_point_id
                """, args).ToDictionary(x => x.PointId, x => x.Count);
            // From the active volunteers' covering index, one primary-key probe of the year totals each: driven from the year
            // totals instead, every serving volunteer cost a read of their whole row (measured in BENCHMARKS.md).
            var serving = c.Query<(long PointId, long Count)>("""
                SELECT v.learning_point_id, count(*)
                FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id
                WHERE p.town_id = @town AND v.status = 'active'
                  AND EXISTS (SELECT 1 FROM volunteer_year_totals y WHERE y.volunteer_id = v.id AND y.year = @year AND y.approved_half_hours > 0)
                GROUP BY v.learning_point_id
                """, args).ToDictionary(x => x.PointId, x => x.Count);
            var points = c.Query<PointRow>("SELECT id, name, kind, resident_population FROM learning_points WHERE town_id = @town ORDER BY code", args).ToList();
            var pending = c.ExecuteScalar<long>("""
                SELECT count(*) FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id
                WHERE p.town_id = @town AND v.status = 'pending'
                """, args);
            var byCategory = c.Query<(string Category, long Count)>("""
                SELECT v.category, count(*) FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id
                WHERE p.town_id = @town AND v.status = 'active' GROUP BY v.category
                """, args).ToDictionary(x => x.Category, x => x.Count);
            foreach (var category in Categories.All) byCategory.TryAdd(category, 0);
            // Registration month in China Standard Time, from the UTC timestamp.
            var monthly = c.Query<(long Month, long Registered)>($"""
                SELECT {Dialect.ShanghaiMonth(c, "v.created_at")} AS month, count(*)
                FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id
                WHERE p.town_id = @town AND v.created_at >= @start AND v.created_at < @end AND v.status <> 'withdrawn'
                GROUP BY month
                """, args).ToDictionary(x => (int)x.Month, x => x.Registered);

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
