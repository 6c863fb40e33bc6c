using System.Net.Http.Json;
using Volunteers.Bench.Data;
using Volunteers.Bench.Load;

namespace Volunteers.Bench.Cases;

/// <summary>Case 1: single creates over HTTP with 32 connections, against the bare minimal-API insert.</summary>
public static class Writes
{
    public const int Connections = 32;

    public static async Task Run(BenchContext bench)
    {
        Console.Error.WriteLine("Case 1: POST /api/volunteers and POST /api/service-records, 32 connections...");
        var points = bench.Seeded.LearningPointIds;
        // Both sides get the same people in the same order; serials above the seeded ones, so no mobile clashes.
        var servicePeople = new FakePeople(seed: 7, firstSerial: 1_000_000);
        var baselinePeople = new FakePeople(seed: 7, firstSerial: 1_000_000);
        Func<long, HttpRequestMessage> Volunteer(string url, FakePeople people) => n =>
        {
            FakePerson p;
            lock (people) p = people.Next();
            return new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = JsonContent.Create(new
                {
                    name = p.Name,
                    gender = p.Gender,
                    mobile = p.Mobile,
                    idNumber = p.IdNumber,
                    category = p.Category,
                    workplace = p.Workplace,
                    skills = p.Skills,
                    learningPointId = points[(int)(n % points.Count)],
                }),
            };
        };
        await Compare(bench, "POST /api/volunteers", Volunteer("/api/volunteers", servicePeople), Volunteer("/volunteers", baselinePeople));

        var active = bench.Seeded.ActiveVolunteerIds;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Func<long, HttpRequestMessage> Record(string url) => n =>
        {
            var random = new Random((int)n);
            return new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = JsonContent.Create(new
                {
                    volunteerId = active[random.Next(active.Count)],
                    serviceDate = today.AddDays(-random.Next(1, 700)).ToString("yyyy-MM-dd"),
                    hours = 1.0m,
                    content = "协助开展讲座",
                }),
            };
        };
        await Compare(bench, "POST /api/service-records", Record("/api/service-records"), Record("/service-records"));
    }

    private static async Task Compare(BenchContext bench, string what, Func<long, HttpRequestMessage> service, Func<long, HttpRequestMessage> baseline)
    {
        var o = bench.Options;
        var warmUp = TimeSpan.FromSeconds(o.Quick ? 0.5 : 2);
        await LoadDriver.Run(bench.ServiceClient, service, Connections, warmUp, onError: bench.Failed);
        await LoadDriver.Run(bench.BaselineClient, baseline, Connections, warmUp, onError: bench.Failed);
        var (s, b) = await bench.Alternate(
            () => LoadDriver.Run(bench.ServiceClient, service, Connections, o.Slice, onError: bench.Failed),
            () => LoadDriver.Run(bench.BaselineClient, baseline, Connections, o.Slice, onError: bench.Failed), o.Rounds);
        const string bare = "minimal API + raw insert";
        bench.Report.Add(new Row("1", what + " throughput", "req/s", s.PerSecond, bare, b.PerSecond, "≥ 0.85×", r => r.Ratio >= 0.85));
        bench.Report.Add(new Row("1", what + " p50", "ms", s.P50, bare, b.P50, "—", null));
        bench.Report.Add(new Row("1", what + " p99", "ms", s.P99, bare, b.P99, "≤ 1.18× (1/0.85)", r => r.Ratio <= 1 / 0.85));
        if (s.Errors + b.Errors > 0) bench.Failed($"{what}: {s.Errors} errors from the service, {b.Errors} from the baseline");
    }
}
