using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Volunteers.Bench.Load;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 8: a popular activity opens — 500 sign-ups arriving at random within 10 s for 200 places — against one sign-up at
/// a time; then the same 500 at once from 100 connections, the worst burst; each roster is read back to show that none was
/// lost or booked twice.
/// </summary>
public static class Signups
{
    public const int Crowd = 500, Places = 200, Connections = 100, Uncontended = 100;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public static async Task Run(BenchContext bench)
    {
        Console.Error.WriteLine($"Case 8: {Crowd} sign-ups for one activity within {Window.TotalSeconds:0} s, then all at once, against {Uncontended} one at a time...");
        var volunteers = bench.Seeded.ActiveVolunteerIds.OrderBy(id => id * 2654435761 % 1_000_003).Take(2 * Crowd + Uncontended).ToList();
        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(30).ToString("yyyy-MM-dd");
        var quiet = await Activity(bench.ServiceClient, date, "08:00", "09:00", capacity: null);
        var popular = await Activity(bench.ServiceClient, date, "10:00", "11:00", capacity: Places);
        var burst = await Activity(bench.ServiceClient, date, "14:00", "15:00", capacity: Places);
        Func<long, HttpRequestMessage> SignUp(long activity, int offset) => n => new HttpRequestMessage(HttpMethod.Post, $"/api/activities/{activity}/signups")
        {
            Content = JsonContent.Create(new { volunteerId = volunteers[offset + (int)n] }),
        };

        var single = await LoadDriver.Run(bench.ServiceClient, SignUp(quiet, 2 * Crowd), 1, TimeSpan.FromMinutes(1), Uncontended, bench.Failed);
        using var crowdClient = LoadDriver.Client(bench.Service.Address, bench.Seeded.AdminToken, Connections);
        var arriving = await Arrivals.Run(crowdClient, SignUp(popular, 0), Arrivals.Poisson(Crowd, Window, seed: 8), bench.Failed);
        var atOnce = await LoadDriver.Run(crowdClient, SignUp(burst, Crowd), Connections, TimeSpan.FromMinutes(1), Crowd, bench.Failed);

        var lost = 0;
        foreach (var activity in new[] { popular, burst })
        {
            var (confirmed, waitlisted, positionsInOrder) = await Roster(bench.ServiceClient, activity);
            lost += Crowd - confirmed - waitlisted;
            if (confirmed != Places || !positionsInOrder)
                bench.Failed($"roster of activity {activity}: {confirmed} confirmed of {Places} places, waitlist positions in order: {positionsInOrder}");
        }
        const string one = "one sign-up at a time, p50";
        bench.Report.Add(new Row("8", $"{Crowd} sign-ups arriving within {Window.TotalSeconds:0} s, all answered", "s", arriving.Elapsed.TotalSeconds, "", double.NaN,
            "≤ 10 s", r => r.Figure <= Window.TotalSeconds + 1));
        bench.Report.Add(new Row("8", $"{Crowd} sign-ups within {Window.TotalSeconds:0} s, p50", "ms", arriving.P50, one, single.P50, "—", null));
        bench.Report.Add(new Row("8", $"{Crowd} sign-ups within {Window.TotalSeconds:0} s, p99", "ms", arriving.P99, one, single.P50, "< 20×", r => r.Ratio < 20));
        bench.Report.Add(new Row("8", "one sign-up at a time, p99", "ms", single.P99, one, single.P50, "—", null));
        bench.Report.Add(new Row("8", $"{Crowd} sign-ups at once, {Connections} connections, all answered", "s", atOnce.Elapsed.TotalSeconds, "", double.NaN, "—", null));
        bench.Report.Add(new Row("8", $"{Crowd} sign-ups at once, p99", "ms", atOnce.P99, one, single.P50, $"(a queue of {Connections})", null));
        bench.Report.Add(new Row("8", "sign-ups lost or refused, both runs", "count", lost + arriving.Errors + atOnce.Errors, "", double.NaN, "0", r => r.Figure == 0));
    }

    private static async Task<long> Activity(HttpClient client, string date, string start, string end, int? capacity)
    {
        var reply = await client.PostAsJsonAsync("/api/activities", new
        {
            title = "全民阅读周·名家讲座",
            type = "reading-week",
            learningPointId = (long?)null,
            date,
            location = "镇文化站",
            startTime = start,
            endTime = end,
            capacity,
            signupOpen = true,
        });
        if ((int)reply.StatusCode != 201) throw new InvalidOperationException($"activity: {(int)reply.StatusCode} {await reply.Content.ReadAsStringAsync()}");
        return (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task<(int Confirmed, int Waitlisted, bool PositionsInOrder)> Roster(HttpClient client, long activity)
    {
        var roster = await client.GetFromJsonAsync<JsonElement>($"/api/activities/{activity}/signups");
        var positions = roster.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("status").GetString() == "waitlisted").Select(e => e.GetProperty("position").GetInt32()).ToList();
        return (roster.GetProperty("confirmed").GetInt32(), roster.GetProperty("waitlisted").GetInt32(), positions.SequenceEqual(Enumerable.Range(1, positions.Count)));
    }
}
