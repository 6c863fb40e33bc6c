using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;
using Volunteers.Bench.Data;
using Volunteers.Core.Data;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 7: what synchronous=FULL costs a single-record commit against NORMAL, measured by BenchmarkDotNet in this process
/// (its in-process toolchain: spawning and building a process per case would cost more than the whole quick mode may take).
/// </summary>
public static class Durability
{
    public static void Run(Options options, string folder, Report report)
    {
        Console.Error.WriteLine("Case 7: single-record commits, synchronous=FULL against NORMAL (BenchmarkDotNet, in process)...");
        SingleCommit.Folder = Directory.CreateDirectory(Path.Combine(folder, "durability")).FullName;
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(options.Quick ? 1 : 3)
            .WithIterationCount(options.Quick ? 3 : 10)
            .WithInvocationCount(options.Quick ? 32 : 128)
            .WithUnrollFactor(1);
        var log = Path.Combine(folder, "benchmarkdotnet.log");
        using var writer = new StreamWriter(log);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(new StreamLogger(writer))
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(folder, "bdn"))
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<SingleCommit>(config);
        double Median(string mode) => summary.Reports
            .Single(r => (string)r.BenchmarkCase.Parameters["Synchronous"] == mode).ResultStatistics?.Median / 1000
            ?? throw new InvalidOperationException($"BenchmarkDotNet measured nothing for {mode}; see {log}");
        var full = Median("FULL");
        var normal = Median("NORMAL");
        report.Add(new Row("7", "single-record commit, synchronous=FULL (the service's)", "µs", full, "synchronous=NORMAL", normal, "(cost of durability)", null));
    }
}

public class SingleCommit
{
    public static string Folder { get; set; } = Path.GetTempPath();

    [Params("FULL", "NORMAL")]
    public string Synchronous { get; set; } = "FULL";

    private SqliteConnection _connection = null!;
    private SqliteCommand _insert = null!;
    private int _n;

    [GlobalSetup]
    public void Setup()
    {
        var seeded = Seeder.Create(Path.Combine(Folder, $"{Synchronous}-{Guid.NewGuid():N}.db"), volunteers: 100, records: 0);
        // The service's connection string and pragmas, then the mode under test.
        _connection = (SqliteConnection)new Database(seeded.DatabasePath).Open();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = $"PRAGMA synchronous = {Synchronous}";
            pragma.ExecuteNonQuery();
        }
        _insert = _connection.CreateCommand();
        _insert.CommandText = """
            INSERT INTO service_records (volunteer_id, learning_point_id, service_date, half_hours, content, status, recorded_by, recorded_at)
            VALUES ($v, 1, '2024-05-01', 2, '协助开展讲座', 'pending', 1, '2024-05-01T00:00:00.0000000Z')
            """;
        _insert.Parameters.Add("$v", SqliteType.Integer);
        _insert.Prepare();
    }

    /// <summary>One write transaction taken up front, one row, one commit — what a single POST of a service record commits.</summary>
    [Benchmark]
    public void Commit()
    {
        using var t = _connection.BeginTransaction(deferred: false);
        _insert.Transaction = t;
        _insert.Parameters[0].Value = _n++ % 100 + 1;
        _insert.ExecuteNonQuery();
        t.Commit();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _insert.Dispose();
        _connection.Dispose();
    }
}
