using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Volunteers.Bench.Load;

namespace Volunteers.Bench.Cases;

/// <summary>Case 9: a volunteer opening their own page's data (GET /api/me with their card) on the big data set, against /healthz.</summary>
public static class MyOverview
{
    public static async Task Run(BenchContext bench)
    {
        Console.Error.WriteLine("Case 9: GET /api/me with a card, one request at a time...");
        var key = await CardKeyOfAnActiveVolunteer(bench.ServiceClient);
        var seconds = TimeSpan.FromSeconds(bench.Options.Quick ? 2 : 6);
        HttpRequestMessage Health(long _) => new(HttpMethod.Get, "/healthz");
        HttpRequestMessage Me(long _) => new(HttpMethod.Get, "/api/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", key) } };
        await LoadDriver.Run(bench.ServiceClient, Me, 1, TimeSpan.FromSeconds(1), 20, onError: bench.Failed);

        var health = new List<LoadResult>();
        var me = new List<LoadResult>();
        for (var i = 0; i < bench.Options.Rounds; i++)
        {
            health.Add(await LoadDriver.Run(bench.ServiceClient, Health, workers: 1, seconds, maxRequests: 3000, onError: bench.Failed));
            me.Add(await LoadDriver.Run(bench.ServiceClient, Me, workers: 1, seconds, maxRequests: 1000, onError: bench.Failed));
        }
        var (h, m) = (LoadResult.Combine(health), LoadResult.Combine(me));
        bench.Report.Add(new Row("9", "GET /api/me p99", "ms", m.P99, $"GET /healthz (n={h.Requests})", h.P99, "≤ 3×", r => r.Ratio <= 3));
        bench.Report.Add(new Row("9", $"GET /api/me p50 (n={m.Requests})", "ms", m.P50, "GET /healthz", h.P50, "—", null));

        // The page is kept until the next write anywhere in the town: here every read follows a write (a pending record for
        // some other volunteer), so each one is worked out afresh.
        var others = bench.Seeded.ActiveVolunteerIds;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        HttpRequestMessage WriteThenMe(long n) => n % 2 == 0
            ? new HttpRequestMessage(HttpMethod.Post, "/api/service-records")
            {
                Content = JsonContent.Create(new
                {
                    volunteerId = others[(int)(n / 2 % others.Count)], serviceDate = today.AddDays(-1 - (int)(n / 2 % 300)).ToString("yyyy-MM-dd"),
                    hours = 0.5m, content = "整理图书",
                }),
            }
            : Me(n);
        var afterWrites = await LoadDriver.Run(bench.ServiceClient, WriteThenMe, workers: 1, seconds, maxRequests: 1000, onError: bench.Failed);
        var fresh = afterWrites.ByMethod["GET"];
        bench.Report.Add(new Row("9", $"GET /api/me right after a write p50 (n={fresh.Requests})", "ms", fresh.P50, "GET /healthz", h.P50, "—", null));
        bench.Report.Add(new Row("9", "GET /api/me right after a write p99", "ms", fresh.P99, "GET /healthz", h.P99, "—", null));
    }

    private static async Task<string> CardKeyOfAnActiveVolunteer(HttpClient admin)
    {
        var list = JsonNode.Parse(await admin.GetStringAsync("/api/volunteers?status=active&pageSize=1"))!;
        var id = list["items"]![0]!["id"]!.GetValue<long>();
        var issued = await admin.PostAsync($"/api/volunteers/{id}/card", null);
        issued.EnsureSuccessStatusCode();
        var cardUrl = JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["cardUrl"]!.GetValue<string>();
        return cardUrl[(cardUrl.LastIndexOf('/') + 1)..];
    }
}
