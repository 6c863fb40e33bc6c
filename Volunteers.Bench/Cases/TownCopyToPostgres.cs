using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using Volunteers.Bench.Load;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 12: the town the bench seeded and wrote to (cases 1–10 on its SQLite file) moves into a new district database on
/// PostgreSQL with `copy-town`, as an operator runs it; then the same service reads that town there. The copy's figure
/// is its whole run (process start, snapshot, checks, every row, reconciliation, commit); the progress read's baseline is
/// /healthz of the same service, one request at a time, as in case 11.
/// </summary>
public static partial class TownCopyToPostgres
{
    public static async Task Run(Options options, string folder, Report report)
    {
        var server = Environment.GetEnvironmentVariable("VOLUNTEERS_BENCH_POSTGRES");
        var file = Path.Combine(folder, "service.db");
        if (string.IsNullOrEmpty(server) || !File.Exists(file))
        {
            report.Note("case 12 (copy-town into PostgreSQL) was not run: no PostgreSQL here");
            return;
        }
        Console.Error.WriteLine("Case 12: copy-town of the seeded town into PostgreSQL...");
        var database = "volunteers_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var district = new Dictionary<string, string>
        {
            ["Volunteers__DatabaseProvider"] = "postgres",
            ["ConnectionStrings__Volunteers"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
            // Not the town's key: every ID number the cases wrote is decrypted and encrypted again.
            ["Volunteers__DataKey"] = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray()),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        var townKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { options.ApiDll, "copy-town", file, $"--SourceDataKey={townKey}" }) start.ArgumentList.Add(arg);
        foreach (var (key, value) in district) start.Environment[key] = value;
        var clock = Stopwatch.StartNew();
        using (var copy = Process.Start(start)!)
        {
            var output = copy.StandardOutput.ReadToEndAsync();
            var errors = copy.StandardError.ReadToEndAsync();
            await copy.WaitForExitAsync();
            if (copy.ExitCode != 0) throw new InvalidOperationException($"case 12: copy-town exited {copy.ExitCode}:\n{await output}\n{await errors}");
            clock.Stop();
            var rows = RowsLine().Matches(await output).Sum(m => long.Parse(m.Groups[1].Value.Replace(",", "")));
            report.Add(new Row("12", $"copy-town into PostgreSQL, {rows:#,0} rows (whole run)", "s", clock.Elapsed.TotalSeconds, "—", double.NaN, "—", null));
            report.Add(new Row("12", "… rows copied per second", "rows/s", rows / clock.Elapsed.TotalSeconds, "—", double.NaN, "—", null));
        }

        const string token = Data.Seeder.AdminToken;
        using var service = await ChildServer.Start("the district service", options.ApiDll, [], district, Path.Combine(folder, "district-copy-service.log"));
        var client = LoadDriver.Client(service.Address, token, 1);
        var reads = options.Quick ? 300 : 1000;
        var failures = new List<string>();
        void Failed(string what) { lock (failures) if (failures.Count < 10) failures.Add(what); }
        var progress = await LoadDriver.Run(client, _ => new HttpRequestMessage(HttpMethod.Get, "/api/progress"), 1, TimeSpan.FromMinutes(1), reads, onError: Failed);
        var health = await LoadDriver.Run(client, _ => new HttpRequestMessage(HttpMethod.Get, "/healthz"), 1, TimeSpan.FromMinutes(1), reads, onError: Failed);
        report.Add(new Row("12", $"GET /api/progress p99 on the copied town, PostgreSQL (n={progress.Requests})", "ms", progress.P99, "GET /healthz", health.P99, "—", null));
        var export = Stopwatch.StartNew();
        using (var sheet = await client.GetAsync("/api/exports/volunteers.csv"))
        {
            var bytes = (await sheet.Content.ReadAsByteArrayAsync()).Length;
            if (!sheet.IsSuccessStatusCode) Failed($"export {(int)sheet.StatusCode}");
            export.Stop();
            report.Add(new Row("12", $"GET /api/exports/volunteers.csv of the copied town ({bytes / 1048576.0:0.0} MB), PostgreSQL", "s", export.Elapsed.TotalSeconds,
                "—", double.NaN, "—", null));
        }
        report.Add(new Row("12", "service memory after case 12", "MB", service.PeakWorkingSetBytes() / 1048576.0, "—", double.NaN, "< 300 MB", r => r.Figure < 300));
        if (failures.Count > 0 || progress.Errors + health.Errors > 0)
            throw new InvalidOperationException("case 12: errors:\n" + string.Join("\n", failures));
    }

    [GeneratedRegex(@"^\s+\S+\s+([\d,]+) rows", RegexOptions.Multiline)]
    private static partial Regex RowsLine();
}
