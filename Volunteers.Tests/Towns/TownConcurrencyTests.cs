using Volunteers.Tests.Support;

namespace Volunteers.Tests.Towns;

/// <summary>
/// Twenty towns with ten writers each, all at once: new volunteers, sign-in sheets and each town's awards. What SQLite's one
/// writer gives for free must hold on PostgreSQL, where towns write in parallel: numbers unique and gap-free per town and
/// year, every town's audit chain intact, and every total equal to its ledger.
/// </summary>
public sealed class TownConcurrencyTests
{
    private const int Towns = 20, WritersPerTown = 10, VolunteersPerWriter = 3;

    [Test]
    public async Task Twenty_towns_with_ten_writers_each_number_chain_and_total_as_if_one_at_a_time()
    {
        var host = new TestHost();
        try
        {
            var district = host.Admin();
            var year = DateTime.UtcNow.AddHours(8).Year;
            var towns = new List<(long Id, string Prefix, string Admin, long Point, string Coordinator, long Activity)>();
            for (var i = 1; i <= Towns; i++)
            {
                var prefix = i == 1 ? "FH" : $"T{i:00}";
                var townId = i == 1 ? 1 : (await district.Post("/api/towns", new
                {
                    code = prefix, name = $"第{i}镇", residentPopulation = 10_000, targetRatio = 0.01, volunteerNoPrefix = prefix,
                })).Expect(201).Id;
                var admin = (await district.Post("/api/accounts", new { name = "镇管理员", role = "town-admin", townId })).Expect(201).Str("token");
                var point = (await host.As(admin).Post("/api/learning-points", new { code = "P", name = $"第{i}镇学习点", kind = "village", residentPopulation = 1000 }))
                    .Expect(201).Id;
                var coordinator = (await host.As(admin).Post("/api/accounts", new { name = "王联络", role = "point-coordinator", learningPointId = point }))
                    .Expect(201).Str("token");
                var activity = await host.As(coordinator).CreateActivity(point, Ledger.DaysAgo(1));
                (await host.As(admin).Post("/api/selections", new { year, minHours = 1, quota = WritersPerTown * VolunteersPerWriter })).Expect(201);
                towns.Add((townId, prefix, admin, point, coordinator, activity));
            }

            // Every writer of every town at once: volunteers one by one, then a sheet of them at the town's activity.
            var written = await Task.WhenAll(towns.SelectMany(town => Enumerable.Range(0, WritersPerTown).Select(_ => Task.Run(async () =>
            {
                var api = host.As(town.Coordinator);
                var ids = new List<long>();
                for (var v = 0; v < VolunteersPerWriter; v++)
                    ids.Add((await api.Post("/api/volunteers", People.Volunteer(town.Point))).Expect(201).Id);
                var sheet = (await api.Post($"/api/activities/{town.Activity}/attendance",
                    new { entries = ids.Select(id => new { volunteerId = id, hours = 2 }).ToArray() })).Expect(201).Json["created"]!.AsArray();
                return (town.Id, Volunteers: ids, Records: sheet.Select(r => r!.GetValue<long>()).ToList());
            }))));

            // Each town approves its records and finalizes its selection, all towns at once.
            var awards = await Task.WhenAll(towns.Select(town => Task.Run(async () =>
            {
                var admin = host.As(town.Admin);
                var mine = written.Where(w => w.Id == town.Id).ToList();
                foreach (var record in mine.SelectMany(w => w.Records)) (await admin.Post($"/api/service-records/{record}/approve")).Expect(200);
                var nominees = mine.SelectMany(w => w.Volunteers).ToList();
                foreach (var id in nominees)
                    (await host.As(town.Coordinator).Post($"/api/selections/{year}/nominations", new { volunteerId = id, reason = "积极" })).Expect(201);
                (await admin.Post($"/api/selections/{year}/review", new { volunteerIds = nominees })).Expect(200);
                (await admin.Post($"/api/selections/{year}/notice", new { days = 0 })).Expect(200);
                var granted = (await admin.Post($"/api/selections/{year}/finalize")).Expect(200).Json.AsArray();
                return (town.Id, Certificates: granted.Select(a => a!["certificateNo"]!.GetValue<string>()).ToList());
            })));

            var perTown = WritersPerTown * VolunteersPerWriter;
            foreach (var town in towns)
            {
                var numbers = (await district.Get($"/api/volunteers?townId={town.Id}&pageSize=200")).Expect(200).Json["items"]!.AsArray()
                    .Select(v => v!["volunteerNo"]!.GetValue<string>()).Order(StringComparer.Ordinal);
                Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, perTown).Select(n => $"{town.Prefix}{year}-{n:0000}")), $"town {town.Prefix}: gap-free numbers");
                var certificates = awards.Single(a => a.Id == town.Id).Certificates;
                Assert.That(certificates, Has.Count.EqualTo(perTown).And.Unique, $"town {town.Prefix}: one certificate each");
                Assert.That(certificates.Select(c => c[^4..]).Order(StringComparer.Ordinal), Is.EqualTo(Enumerable.Range(1, perTown).Select(n => $"{n:000}号")),
                    $"town {town.Prefix}: certificates 第001号 to 第{perTown:000}号");
            }
            var chains = (await district.Get("/api/audit/verify")).Expect(200).Json;
            Assert.That(chains["intact"]!.GetValue<bool>(), Is.True, chains.ToJsonString());
            Assert.That(chains["chains"]!.AsArray(), Has.Count.EqualTo(Towns + 1), "every town's chain and the district's");
            using var db = host.Connect();
            Assert.That(LedgerInvariant.Violations(db, [100, 300, 600, 1000, 1500]), Is.Empty);
            TestContext.Out.WriteLine($"{Towns} towns × {WritersPerTown} writers: {Towns * perTown} volunteers, {written.Sum(w => w.Records.Count)} records, {awards.Sum(a => a.Certificates.Count)} awards");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
