using System.Diagnostics;
using System.Net.Http.Json;
using Volunteers.Bench.Load;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 5: 90% reads and 10% writes over 32 connections, in turns without and with a certificate batch running — a separate
/// client that fetches the year's certificates.pdf (one page per seeded award) again and again until the mix ends.
/// </summary>
public static class Mix
{
    public static async Task Run(BenchContext bench)
    {
        var o = bench.Options;
        var slice = TimeSpan.FromSeconds(o.Quick ? 3 : 8);
        Console.Error.WriteLine($"Case 5: 90% reads / 10% writes, 32 connections, without and with a certificate batch ({o.Rounds} × 2 × {slice.TotalSeconds} s)...");
        var make = Requests(bench.Seeded.ActiveVolunteerIds);
        using var batchClient = LoadDriver.Client(bench.Service.Address, bench.Seeded.AdminToken, connections: 1);
        var batches = new List<(double Seconds, long Bytes)>();
        var batchErrors = 0;
        var (without, with) = await bench.Alternate(
            () => LoadDriver.Run(bench.ServiceClient, make, Writes.Connections, slice, onError: bench.Failed),
            async () =>
            {
                using var stop = new CancellationTokenSource();
                var batch = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var (seconds, bytes) = await FetchCertificates(batchClient, bench.Seeded.AwardYear);
                        if (bytes < 0) { batchErrors++; bench.Failed($"certificates.pdf answered {-bytes}"); }
                        else batches.Add((seconds, bytes));
                    }
                });
                var mix = await LoadDriver.Run(bench.ServiceClient, make, Writes.Connections, slice, onError: bench.Failed);
                await stop.CancelAsync();
                await batch;
                return mix;
            }, o.Rounds);

        LoadResult Of(LoadResult r, string method) => r.ByMethod.GetValueOrDefault(method) ?? new LoadResult(0, 0, r.Elapsed, []);
        var pages = bench.Seeded.Awards;
        bench.Report.Add(new Row("5", "90/10 mix read p99, certificate batch running", "ms", Of(with, "GET").P99, "the same mix, no batch", Of(without, "GET").P99,
            "≤ 2×", r => r.Ratio <= 2));
        bench.Report.Add(new Row("5", "90/10 mix write p99, certificate batch running", "ms", Of(with, "POST").P99, "the same mix, no batch", Of(without, "POST").P99,
            "—", null));
        bench.Report.Add(new Row("5", "90/10 mix errors, certificate batch running", $"of {with.Requests:#,0}", with.Errors + batchErrors, "", double.NaN, "0",
            r => r.Figure == 0));
        bench.Report.Add(new Row("5", "90/10 mix errors, no batch", $"of {without.Requests:#,0}", without.Errors, "", double.NaN, "0", r => r.Figure == 0));
        var times = batches.Select(b => b.Seconds).ToList();
        bench.Report.Add(new Row("5", $"the batch: certificates.pdf, {pages} pages, {(batches.Count == 0 ? 0 : batches[0].Bytes / 1024)} KB, p50 (n={batches.Count})", "s",
            times.Count == 0 ? double.NaN : Certificates.Median(times), "", double.NaN, "—", null));
    }

    private static Func<long, HttpRequestMessage> Requests(IReadOnlyList<long> active)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        return n =>
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
        };
    }

    /// <returns>Seconds taken and the size of the PDF; a negative size is the status code of a failure.</returns>
    private static async Task<(double Seconds, long Bytes)> FetchCertificates(HttpClient client, int year)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync($"/api/selections/{year}/certificates.pdf");
            var body = await response.Content.ReadAsByteArrayAsync();
            return (clock.Elapsed.TotalSeconds, response.IsSuccessStatusCode && body.AsSpan().StartsWith("%PDF"u8) ? body.Length : -(int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (clock.Elapsed.TotalSeconds, -1);
        }
    }
}
