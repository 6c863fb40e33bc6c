using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Volunteers.Bench.Load;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 10: the opening of 全民终身学习活动周 — 500 volunteers scanning in with their cards, arriving at random within 60 s;
/// then the same 500 as fast as 32 connections send them, against as many bare check-in inserts through the baseline host.
/// The live list is read back to show each check-in was written once.
/// </summary>
public static class CheckinBurst
{
    public const int Crowd = 500, Connections = 32;

    public static async Task Run(BenchContext bench)
    {
        var window = TimeSpan.FromSeconds(bench.Options.Quick ? 10 : 60);
        Console.Error.WriteLine($"Case 10: {Crowd} check-ins within {window.TotalSeconds:0} s, then as fast as {Connections} connections go, against bare inserts...");
        var volunteers = bench.Seeded.ActiveVolunteerIds.OrderBy(id => id * 40503 % 1_000_033).Take(Crowd).ToList();
        var keys = new List<string>(Crowd);
        foreach (var volunteer in volunteers) keys.Add(await CardKey(bench.ServiceClient, volunteer));
        var (opening, openingCode) = await Activity(bench.ServiceClient);
        var (_, secondCode) = await Activity(bench.ServiceClient);
        var bare = await BareActivity(bench.BaselineClient);

        Func<long, HttpRequestMessage> Scan(string code) => n => new HttpRequestMessage(HttpMethod.Post, $"/api/checkin/{code}")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", keys[(int)n]) },
            Content = JsonContent.Create(new { }),
        };
        HttpRequestMessage Bare(long n) => new(HttpMethod.Post, $"/activities/{bare}/checkins") { Content = JsonContent.Create(new { volunteerId = volunteers[(int)n] }) };

        using var phones = LoadDriver.Client(bench.Service.Address, connections: 100);
        var arriving = await Arrivals.Run(phones, Scan(openingCode), Arrivals.Poisson(Crowd, window, seed: 10), bench.Failed, HttpStatusCode.OK);
        var fast = await LoadDriver.Run(phones, Scan(secondCode), Connections, TimeSpan.FromMinutes(2), Crowd, bench.Failed, HttpStatusCode.OK);
        var bareFast = await LoadDriver.Run(bench.BaselineClient, Bare, Connections, TimeSpan.FromMinutes(2), Crowd, bench.Failed);

        var listed = (await bench.ServiceClient.GetFromJsonAsync<JsonElement>($"/api/activities/{opening}/checkins")).GetProperty("checkedIn").GetInt32();
        bench.Report.Add(new Row("10", $"{Crowd} check-ins arriving within {window.TotalSeconds:0} s, all answered", "s", arriving.Elapsed.TotalSeconds, "", double.NaN,
            $"≤ {window.TotalSeconds + 1:0} s", r => r.Figure <= window.TotalSeconds + 1));
        bench.Report.Add(new Row("10", $"{Crowd} check-ins within {window.TotalSeconds:0} s, p50", "ms", arriving.P50, "", double.NaN, "—", null));
        bench.Report.Add(new Row("10", $"{Crowd} check-ins within {window.TotalSeconds:0} s, p99", "ms", arriving.P99, "", double.NaN, "—", null));
        bench.Report.Add(new Row("10", $"{Crowd} check-ins, {Connections} connections, per second", "/s", fast.PerSecond, "bare check-in inserts", bareFast.PerSecond,
            "≥ 0.5×", r => r.Ratio >= 0.5));
        bench.Report.Add(new Row("10", $"{Crowd} check-ins, {Connections} connections, p99", "ms", fast.P99, "bare check-in inserts", bareFast.P99, "—", null));
        bench.Report.Add(new Row("10", "check-ins refused, failed or not on the list", "count", arriving.Errors + fast.Errors + (Crowd - listed), "", double.NaN,
            "0", r => r.Figure == 0));
    }

    private static async Task<string> CardKey(HttpClient admin, long volunteer)
    {
        var issued = await admin.PostAsync($"/api/volunteers/{volunteer}/card", null);
        issued.EnsureSuccessStatusCode();
        var url = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cardUrl").GetString()!;
        return url[(url.LastIndexOf('/') + 1)..];
    }

    /// <summary>An activity starting a minute from now (its check-in opens an hour before the start), so the codes work at once.</summary>
    private static async Task<(long Id, string Code)> Activity(HttpClient admin)
    {
        var start = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(1);
        if (start.TimeOfDay > new TimeSpan(23, 57, 0))
        {
            await Task.Delay(start.Date.AddDays(1) - start.DateTime + TimeSpan.FromSeconds(5));
            start = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(1);
        }
        var end = start.TimeOfDay < new TimeSpan(22, 58, 0) ? start.AddHours(1).ToString("HH:mm") : "23:59";
        var reply = await admin.PostAsJsonAsync("/api/activities", new
        {
            title = "全民终身学习活动周开幕式", type = "reading-week", learningPointId = (long?)null, date = start.ToString("yyyy-MM-dd"),
            location = "镇文化站", startTime = start.ToString("HH:mm"), endTime = end, walkIns = true,
        });
        if ((int)reply.StatusCode != 201) throw new InvalidOperationException($"activity: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
        var id = (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        return (id, (await admin.GetFromJsonAsync<JsonElement>($"/api/activities/{id}/checkin")).GetProperty("code").GetString()!);
    }

    private static async Task<long> BareActivity(HttpClient baseline)
    {
        var reply = await baseline.PostAsync("/activities", null);
        return (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
