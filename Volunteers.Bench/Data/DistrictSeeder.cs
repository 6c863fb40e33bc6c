using System.Diagnostics;
using System.Text.Json;
using Volunteers.Core.Accounts;
using Volunteers.Core.Data;
using Volunteers.Core.Incentives;
using Volunteers.Core.Numbering;

namespace Volunteers.Bench.Data;

public sealed record SeededTown(long Id, IReadOnlyList<long> PointIds, IReadOnlyList<long> ActiveVolunteerIds);

public sealed record SeededDistrict(IReadOnlyList<SeededTown> Towns, int Volunteers, int Records, TimeSpan Took);

/// <summary>
/// A district of towns in a fresh, migrated database, on either engine: the first town (the one every database starts
/// with) and the others beside it, five learning points each, volunteers spread evenly over the towns, approved records
/// of this year and last, and the totals the service keeps beside the ledger (lifetime and year totals, star levels),
/// as <see cref="Seeder"/> fills one town. Numbers run per town and year. No ID numbers (they need the service's key).
/// </summary>
public static class DistrictSeeder
{
    public const string AdminToken = "vol_bench-district-admin-token-full-size-0123456789";
    private const int PointsPerTown = 5;

    public static SeededDistrict Create(Database db, int towns, int volunteers, int records, int seed = 2026)
    {
        var clock = Stopwatch.StartNew();
        Migrator.Migrate(db);
        var now = DateTimeOffset.UtcNow;
        var nowText = TypeHandlers.Format(now);
        var random = new Random(seed);
        var people = new FakePeople(seed, firstSerial: 5_000_000);
        var pointsOf = new List<long>[towns + 1];
        var active = new List<long>[towns + 1];
        var prefixes = new string[towns + 1];
        var numbering = new NumberingSettings[towns + 1];
        using var load = BulkLoader.Open(db);

        using (var rows = load.Table("accounts", "id", "name", "role", "created_at")) rows.Add(1L, "基准测试区管理员", "district-admin", nowText);
        using (var rows = load.Table("account_tokens", "account_id", "token_hash", "created_at")) rows.Add(1L, Tokens.Hash(AdminToken), nowText);
        prefixes[1] = "FH";
        numbering[1] = new NumberingSettings();
        using (var rows = load.Table("towns", "id", "code", "name", "resident_population", "target_ratio", "volunteer_no_prefix", "issuer",
                   "certificate_number_format", "proof_number_format", "created_at", "updated_at"))
            for (var town = 2; town <= towns; town++)
            {
                prefixes[town] = $"T{town:00}";
                numbering[town] = new NumberingSettings
                {
                    VolunteerPrefix = prefixes[town], CertificateFormat = $"第{town}镇社教〔{{0}}〕第{{1:000}}号", ProofFormat = $"第{town}镇志证〔{{0}}〕第{{1:0000}}号",
                };
                rows.Add((long)town, prefixes[town], $"綦江区第{town}镇", 35_000L, "0.01", prefixes[town], $"第{town}镇社区教育学校",
                    numbering[town].CertificateFormat, numbering[town].ProofFormat, nowText, nowText);
            }
        using (var rows = load.Table("learning_points", "id", "town_id", "code", "name", "kind", "resident_population", "created_at", "updated_at"))
            for (var town = 1; town <= towns; town++)
            {
                pointsOf[town] = [];
                active[town] = [];
                for (var i = 1; i <= PointsPerTown; i++)
                {
                    var id = (long)((town - 1) * PointsPerTown + i);
                    pointsOf[town].Add(id);
                    rows.Add(id, (long)town, $"LP{i:00}", $"{prefixes[town]}第{i}学习点", i == 1 ? "community" : "village", 7_000L, nowText, nowText);
                }
            }

        var pointOf = new long[volunteers + 1];
        var townOf = new int[volunteers + 1];
        var numbers = new Dictionary<(int Town, int Year), int>();
        using (var rows = load.Table("volunteers", "id", "volunteer_no", "name", "gender", "mobile", "birth_date", "category", "workplace", "skills",
                   "learning_point_id", "status", "source", "created_by", "created_at", "updated_at", "status_changed_at"))
            for (var id = 1; id <= volunteers; id++)
            {
                var p = people.Next();
                var town = townOf[id] = (id - 1) % towns + 1;
                var at = now.AddMinutes(-random.Next(0, 3 * 365 * 24 * 60));
                var year = at.ToOffset(TimeSpan.FromHours(8)).Year;
                var n = numbers[(town, year)] = numbers.GetValueOrDefault((town, year)) + 1;
                var roll = random.Next(100);
                var status = roll < 92 ? "active" : roll < 96 ? "pending" : roll < 99 ? "suspended" : "withdrawn";
                pointOf[id] = pointsOf[town][random.Next(PointsPerTown)];
                if (status == "active") active[town].Add(id);
                var atText = TypeHandlers.Format(at);
                rows.Add((long)id, numbering[town].Format(NumberKind.Volunteer, year, n), p.Name, p.Gender, p.Mobile, p.BirthDate.ToString("yyyy-MM-dd"), p.Category,
                    p.Workplace, JsonSerializer.Serialize(p.Skills), pointOf[id], status, "coordinator", 1L, atText, atText, atText);
            }
        using (var rows = load.Table("number_sequences", "town_id", "kind", "year", "last"))
            foreach (var ((town, year), last) in numbers) rows.Add((long)town, "volunteer", (long)year, (long)last);

        var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(8));
        var thisYear = new DateOnly(today.Year, 1, 1);
        var lastYear = thisYear.AddYears(-1);
        var lifetime = new long[volunteers + 1];
        var byYear = new Dictionary<(long, int), (long HalfHours, long Records)>();
        using (var rows = load.Table("service_records", "volunteer_id", "learning_point_id", "service_date", "half_hours", "content", "status",
                   "recorded_by", "recorded_at", "reviewed_by", "reviewed_at"))
            for (var i = 0; i < records; i++)
            {
                var town = i % towns + 1;
                var v = active[town][random.Next(active[town].Count)];
                var date = random.Next(10) < 7
                    ? thisYear.AddDays(random.Next(today.DayNumber - thisYear.DayNumber + 1))
                    : lastYear.AddDays(random.Next(thisYear.DayNumber - lastYear.DayNumber));
                var half = random.Next(1, 9);
                rows.Add(v, pointOf[v], date.ToString("yyyy-MM-dd"), (long)half, "协助开展讲座", "approved", 1L, nowText, 1L, nowText);
                lifetime[v] += half;
                var sum = byYear.GetValueOrDefault((v, date.Year));
                byYear[(v, date.Year)] = (sum.HalfHours + half, sum.Records + 1);
            }
        using (var rows = load.Table("volunteer_totals", "volunteer_id", "approved_half_hours", "points"))
            for (var v = 1; v <= volunteers; v++)
                if (lifetime[v] > 0) rows.Add((long)v, lifetime[v], 0L);
        using (var rows = load.Table("volunteer_year_totals", "volunteer_id", "year", "approved_half_hours", "approved_records"))
            foreach (var ((v, year), sum) in byYear) rows.Add(v, (long)year, sum.HalfHours, sum.Records);
        var thresholds = new IncentiveSettings().StarThresholds;
        using (var rows = load.Table("volunteer_star_levels", "volunteer_id", "level", "reached_on"))
            for (var v = 1; v <= volunteers; v++)
                for (var l = 1; l <= thresholds.Count && lifetime[v] / 2 >= thresholds[l - 1]; l++)
                    rows.Add((long)v, (long)l, today.ToString("yyyy-MM-dd"));
        load.Finish(["accounts", "towns", "learning_points", "volunteers"]);

        var seeded = Enumerable.Range(1, towns).Select(t => new SeededTown(t, pointsOf[t], active[t])).ToList();
        return new SeededDistrict(seeded, volunteers, records, clock.Elapsed);
    }
}
