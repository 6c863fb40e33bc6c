using System.Net.Http.Json;
using Volunteers.Bench.Load;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 5's baseline half: 90% reads and 10% writes over 32 connections, with no certificate batch running (certificates are
/// not in this build). Shown as figures, to be the "without the batch" side once the batch exists.
/// </summary>
public static class Mix
{
    public static async Task Run(BenchContext bench)
    {
        Console.Error.WriteLine("Case 5 (reference only): 90% reads / 10% writes, 32 connections, no certificate batch...");
        var active = bench.Seeded.ActiveVolunteerIds;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        HttpRequestMessage Make(long n)
        {
            var random = new Random((int)(n ^ 0x5bd1e995));
            var volunteer = active[random.Next(active.Count)];
            return (n % 10) switch
            {
                0 => new HttpRequestMessage(HttpMethod.Post, "/api/service-records")
                {
                    Content = JsonContent.Create(new { volunteerId = volunteer, serviceDate = today.AddDays(-random.Next(1, 700)).ToString("yyyy-MM-dd"), hours = 0.5m, content = "整理图书" }),
                },
                1 or 2 => new HttpRequestMessage(HttpMethod.Get, $"/api/service-records?volunteerId={volunteer}"),
                3 => new HttpRequestMessage(HttpMethod.Get, $"/api/volunteers?learningPointId={random.Next(1, 13)}&status=active&page={random.Next(1, 20)}"),
                _ => new HttpRequestMessage(HttpMethod.Get, $"/api/volunteers/{volunteer}"),
            };
        }
        var o = bench.Options;
        var result = await LoadDriver.Run(bench.ServiceClient, Make, Writes.Connections, TimeSpan.FromSeconds(o.Quick ? 3 : 10), onError: bench.Failed);
        var none = new LoadResult(0, 0, result.Elapsed, []);
        var reads = result.ByMethod.GetValueOrDefault("GET") ?? none;
        var writes = result.ByMethod.GetValueOrDefault("POST") ?? none;
        bench.Report.Add(new Row("5*", "90/10 mix, no batch: read p99", "ms", reads.P99, "", double.NaN, "(reference)", null));
        bench.Report.Add(new Row("5*", "90/10 mix, no batch: write p99", "ms", writes.P99, "", double.NaN, "(reference)", null));
        bench.Report.Add(new Row("5*", "90/10 mix, no batch: errors", $"of {result.Requests:#,0}", result.Errors, "", double.NaN, "0", r => r.Figure == 0));
    }
}
