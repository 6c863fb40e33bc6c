using System.Collections.Concurrent;
using Volunteers.Bench.Data;
using Volunteers.Bench.Load;

namespace Volunteers.Bench;

/// <summary>The seeded data, the two servers and a client for each, for the cases to share.</summary>
public sealed class BenchContext : IAsyncDisposable
{
    private BenchContext(Options options, Report report, Seeded seeded, ChildServer service, ChildServer baseline)
    {
        Options = options;
        Report = report;
        Seeded = seeded;
        Service = service;
        Baseline = baseline;
        ServiceClient = LoadDriver.Client(service.Address, seeded.AdminToken);
        BaselineClient = LoadDriver.Client(baseline.Address);
    }

    public Options Options { get; }
    public Report Report { get; }
    public Seeded Seeded { get; }
    public ChildServer Service { get; }
    public ChildServer Baseline { get; }
    public HttpClient ServiceClient { get; }
    public HttpClient BaselineClient { get; }
    public ConcurrentQueue<string> Failures { get; } = new();

    public void Failed(string what) { if (Failures.Count < 100) Failures.Enqueue(what); }

    /// <summary>The service's peak working set in each phase of the run, in order (see <see cref="EndServicePhase"/>).</summary>
    public List<(string Phase, long PeakBytes)> ServicePeaks { get; } = [];

    /// <summary>Records the service's peak working set since the last phase ended, and starts the next phase's mark afresh.</summary>
    public void EndServicePhase(string phase)
    {
        ServicePeaks.Add((phase, Service.PeakWorkingSetBytes()));
        Service.ResetPeakWorkingSet();
    }

    public static async Task<BenchContext> Start(Options options, string folder, Report report)
    {
        Console.Error.WriteLine($"Seeding {options.Volunteers:#,0} volunteers and {options.Records:#,0} approved records...");
        var servicePath = Path.Combine(folder, "service.db");
        var seeded = Seeder.Create(servicePath, options.Volunteers, options.Records);
        var (awardYear, awards) = AwardSeeder.Create(servicePath, Cases.Certificates.Awards);
        seeded = seeded with { AwardYear = awardYear, Awards = awards };
        Console.Error.WriteLine($"  seeded in {seeded.Took.TotalSeconds:0.0} s ({new FileInfo(servicePath).Length / 1048576.0:0} MB), {awards} awards of {awardYear}");
        var baselinePath = Path.Combine(folder, "baseline.db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Copy(servicePath, baselinePath);

        var service = await ChildServer.Start("the service", options.ApiDll, [], new Dictionary<string, string>
        {
            ["Volunteers__Database"] = servicePath,
            ["Volunteers__BootstrapAdminToken"] = seeded.AdminToken,
            ["Volunteers__DataKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            // As a deployment sets it: certificates (case 5's batch) are refused without a public address for their QR codes.
            ["Volunteers__Selection__PublicBaseUrl"] = "https://fuhuan.example.cn",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        }, Path.Combine(folder, "service.log"));
        var self = typeof(BenchProgram).Assembly.Location;
        var baseline = await ChildServer.Start("the baseline", self, ["baseline-server", "--db", baselinePath], new Dictionary<string, string>(),
            Path.Combine(folder, "baseline.log"));
        return new BenchContext(options, report, seeded, service, baseline);
    }

    /// <summary>Runs the service's and the baseline's load in turns (A B A B …), so a burst of noise from the neighbours lands on both.</summary>
    public async Task<(LoadResult Service, LoadResult Baseline)> Alternate(Func<Task<LoadResult>> service, Func<Task<LoadResult>> baseline, int rounds)
    {
        var a = new List<LoadResult>();
        var b = new List<LoadResult>();
        for (var i = 0; i < rounds; i++)
        {
            a.Add(await service());
            b.Add(await baseline());
        }
        return (LoadResult.Combine(a), LoadResult.Combine(b));
    }

    public async ValueTask DisposeAsync()
    {
        ServiceClient.Dispose();
        BaselineClient.Dispose();
        Service.Dispose();
        Baseline.Dispose();
        await Task.CompletedTask;
    }
}
