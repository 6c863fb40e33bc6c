using Volunteers.Bench.Load;

namespace Volunteers.Bench.Cases;

/// <summary>Case 3: progress and the leaderboard on the big data set, one request at a time, against a GROUP BY over the ledger and /healthz.</summary>
public static class Reads
{
    public static async Task Run(BenchContext bench)
    {
        Console.Error.WriteLine("Case 3: GET /api/progress and /api/leaderboard, p99 one request at a time...");
        var year = DateTime.UtcNow.AddHours(8).Year;
        var quick = bench.Options.Quick;
        var seconds = TimeSpan.FromSeconds(quick ? 2 : 6);
        Func<long, HttpRequestMessage> Get(string url) => _ => new HttpRequestMessage(HttpMethod.Get, url);
        Task<LoadResult> Sequential(HttpClient client, string url, int max) =>
            LoadDriver.Run(client, Get(url), workers: 1, seconds, maxRequests: max, onError: bench.Failed);

        foreach (var url in new[] { "/healthz", $"/api/progress?year={year}", $"/api/leaderboard?year={year}&top=20", $"/ledger/progress?year={year}",
                     $"/ledger/leaderboard?year={year}&top=20" })
            await LoadDriver.Run(url.StartsWith("/ledger") ? bench.BaselineClient : bench.ServiceClient, Get(url), 1, TimeSpan.FromSeconds(1), 5);

        var rounds = bench.Options.Rounds;
        var health = new List<LoadResult>();
        var progress = new List<LoadResult>();
        var board = new List<LoadResult>();
        var ledgerProgress = new List<LoadResult>();
        var ledgerBoard = new List<LoadResult>();
        for (var i = 0; i < rounds; i++)
        {
            health.Add(await Sequential(bench.ServiceClient, "/healthz", 3000));
            progress.Add(await Sequential(bench.ServiceClient, $"/api/progress?year={year}", 1000));
            ledgerProgress.Add(await Sequential(bench.BaselineClient, $"/ledger/progress?year={year}", 200));
            board.Add(await Sequential(bench.ServiceClient, $"/api/leaderboard?year={year}&top=20", 1000));
            ledgerBoard.Add(await Sequential(bench.BaselineClient, $"/ledger/leaderboard?year={year}&top=20", 200));
        }
        var h = LoadResult.Combine(health);
        foreach (var (what, service, ledger) in new[]
                 {
                     ("GET /api/progress", LoadResult.Combine(progress), LoadResult.Combine(ledgerProgress)),
                     ("GET /api/leaderboard?top=20", LoadResult.Combine(board), LoadResult.Combine(ledgerBoard)),
                 })
        {
            bench.Report.Add(new Row("3", what + " p99", "ms", service.P99, $"GROUP BY over the ledger (n={ledger.Requests})", ledger.P99, "≤ 0.05×",
                r => r.Ratio <= 0.05));
            bench.Report.Add(new Row("3", what + " p99", "ms", service.P99, $"GET /healthz (n={h.Requests})", h.P99, "≤ 2×", r => r.Ratio <= 2));
            bench.Report.Add(new Row("3", what + $" p50 (n={service.Requests})", "ms", service.P50, "GET /healthz", h.P50, "—", null));
        }
    }
}
