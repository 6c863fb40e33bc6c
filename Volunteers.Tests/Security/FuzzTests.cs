using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>
/// Every operation of the OpenAPI document, 1,000 broken requests each from a fixed seed: no 5xx, no wrongly typed body
/// accepted, and nothing in the database changed by a request that was refused. On PostgreSQL (test.sh's second run) 300
/// per operation from the same seed: a case takes 3.3 ms there against 1.3 ms on SQLite, what the second engine can break
/// (its SQL, its errors) shows in any of them, and a thousand would take that run alone past the first one's length.
/// </summary>
public sealed class FuzzTests
{
    private static readonly int CasesPerOperation = TestHost.OnPostgres ? 300 : 1000;
    private const int Seed = 20261128;

    [Test]
    public async Task Broken_requests_never_cause_a_5xx_nor_change_the_database_when_refused()
    {
        var host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:RegistrationRateLimit"] = "1000000" });
        try
        {
            var admin = host.Admin();
            var a = await admin.CreatePointWithCoordinator("甲村");
            var b = await admin.CreatePointWithCoordinator("乙村");
            var volunteer = await host.As(a.Token).CreateVolunteer(a.PointId);
            var activity = await host.As(a.Token).CreateActivity(a.PointId);
            var record = (await host.As(a.Token).Record(volunteer, 1)).Expect(201).Id;
            var year = DateTime.UtcNow.AddHours(8).Year;
            (await admin.Post("/api/selections", new { year, minHours = 0, quota = 3 })).Expect(201);
            var values = new Dictionary<string, string>
            {
                ["/api/volunteers/{id}"] = volunteer.ToString(),
                ["/api/learning-points/{id}"] = b.PointId.ToString(),
                ["/api/accounts/{id}"] = b.AccountId.ToString(),
                ["/api/activities/{id}"] = activity.ToString(),
                ["/api/service-records/{id}"] = record.ToString(),
                ["{year}"] = year.ToString(),
            };
            string PathValue(string prefix) => values.FirstOrDefault(v => prefix.EndsWith(v.Key, StringComparison.Ordinal)).Value ?? "1";

            var doc = (await host.Anonymous().Get("/swagger/v1/swagger.json")).Expect(200).Json;
            var fuzzer = new Fuzzer(doc, new Random(Seed), PathValue);
            using var watcher = host.Connect();
            watcher.Open();
            var snapshot = DatabaseSnapshot.Of(watcher);
            var version = DatabaseSnapshot.ChangeMark(watcher);
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestHost.AdminToken);
            var sent = 0;
            var clock = Stopwatch.StartNew();
            var failures = new List<string>();
            foreach (var (path, item) in doc["paths"]!.AsObject())
                foreach (var (method, operation) in item!.AsObject())
                    foreach (var c in fuzzer.Cases(method.ToUpperInvariant(), path, operation!, CasesPerOperation))
                    {
                        var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Url);
                        if (c.Body is not null) request.Content = new ByteArrayContent(c.Body) { Headers = { ContentType = new("application/json") } };
                        var status = (int)(await client.SendAsync(request)).StatusCode;
                        sent++;
                        if (status >= 500) failures.Add($"{status} {c.Method} {c.Url} ({c.What})");
                        if (c.WrongType && status is >= 200 and < 300) failures.Add($"accepted a wrongly typed body: {c.Method} {c.Url} ({c.What})");
                        var now = DatabaseSnapshot.ChangeMark(watcher);
                        if (now == version) continue;
                        version = now;
                        var after = DatabaseSnapshot.Of(watcher);
                        if (status >= 400 && after != snapshot) failures.Add($"refused with {status} but changed the database: {c.Method} {c.Url} ({c.What})");
                        snapshot = after;
                    }
            TestContext.Out.WriteLine($"{sent} fuzz cases over {doc["paths"]!.AsObject().Sum(p => p.Value!.AsObject().Count)} operations in {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.That(failures, Is.Empty);
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
