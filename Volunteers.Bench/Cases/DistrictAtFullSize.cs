using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Volunteers.Bench.Data;
using Volunteers.Bench.Load;
using Volunteers.Core.Data;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 13: a district of twenty towns at the size (200,000 volunteers, 5,000,000 approved records), once in one
/// SQLite file and once on PostgreSQL. On each engine the service and the bare baseline host work on the same database:
/// single records from twenty towns at once, a sign-in sheet of 1,000, a town's service-record export; then the
/// service's own progress and district progress against its /healthz, and the same records into one town (on
/// PostgreSQL the towns' writes must not wait for each other).
/// </summary>
public static class DistrictAtFullSize
{
    internal const int Towns = 20, Connections = 32, SheetEntries = 1000;

    public static async Task Run(Options options, string folder, Report report)
    {
        if (options.Only != "13-postgres")
        {
            var sqlite = Path.Combine(folder, "district.db");
            await On("SQLite", new Database(sqlite), options, folder, report,
                new Dictionary<string, string> { ["Volunteers__Database"] = sqlite }, ["--db", sqlite]);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(folder, "district.db*")) File.Delete(file);
        }
        if (options.Only == "13-sqlite") return;

        var server = Environment.GetEnvironmentVariable("VOLUNTEERS_BENCH_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            report.Note("case 13 on PostgreSQL was not run: no PostgreSQL here (bench.sh starts one when it is installed)");
            return;
        }
        var database = "volunteers_district_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 100 }.ConnectionString;
        // Seeding waits for the server as long as it takes: the indexes of five million rows are built while they stream in.
        var seeding = new NpgsqlConnectionStringBuilder(connection) { CommandTimeout = 0 }.ConnectionString;
        await On("PostgreSQL", Database.Postgres(seeding), options, folder, report, new Dictionary<string, string>
        {
            ["Volunteers__DatabaseProvider"] = "postgres",
            ["ConnectionStrings__Volunteers"] = connection,
        }, ["--postgres", new NpgsqlConnectionStringBuilder(connection) { MaxPoolSize = 40, NoResetOnClose = true, MaxAutoPrepare = 64 }.ConnectionString]);
    }

    private static async Task On(string engine, Database db, Options options, string folder, Report report, Dictionary<string, string> settings,
        string[] baselineArgs)
    {
        Console.Error.WriteLine($"Case 13: a district of {Towns} towns, {options.DistrictVolunteers:#,0} volunteers, {options.DistrictRecords:#,0} records, {engine}...");
        SeededDistrict seeded;
        using (db) seeded = DistrictSeeder.Create(db, Towns, options.DistrictVolunteers, options.DistrictRecords);
        Console.Error.WriteLine($"  seeded in {seeded.Took.TotalSeconds:0.0} s");
        report.Note($"case 13 on {engine}: {Towns} towns, {seeded.Volunteers:#,0} volunteers, {seeded.Records:#,0} approved records, seeded in {seeded.Took.TotalSeconds:0} s");

        var environment = new Dictionary<string, string>(settings)
        {
            ["Volunteers__BootstrapAdminToken"] = DistrictSeeder.AdminToken,
            ["Volunteers__DataKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        var tag = engine.ToLowerInvariant();
        using var service = await ChildServer.Start($"the district service on {engine}", options.ApiDll, [], environment,
            Path.Combine(folder, $"district-{tag}-service.log"));
        using var baseline = await ChildServer.Start($"the baseline on {engine}", typeof(BenchProgram).Assembly.Location,
            ["baseline-server", .. baselineArgs], new Dictionary<string, string>(), Path.Combine(folder, $"district-{tag}-baseline.log"));
        using var serviceClient = LoadDriver.Client(service.Address, DistrictSeeder.AdminToken, Connections);
        using var baselineClient = LoadDriver.Client(baseline.Address, null, Connections);
        var failures = new List<string>();
        void Failed(string what) { lock (failures) if (failures.Count < 10) failures.Add(what); }
        var run = new DistrictMeasures(options, report, engine, seeded, serviceClient, service.ProcessId, baselineClient, Failed);

        await run.Records();
        await run.Sheets();
        await run.Reads();
        await run.Export();
        await run.Briefings();
        report.Add(new Row("13", $"service peak working set, {engine}", "MB", service.PeakWorkingSetBytes() / 1048576.0, "bare host's peak",
            baseline.PeakWorkingSetBytes() / 1048576.0, "< 300 MB", r => r.Figure < 300));
        if (failures.Count > 0) throw new InvalidOperationException($"case 13 on {engine}: errors:\n" + string.Join("\n", failures));
    }
}
