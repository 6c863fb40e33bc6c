using System.Diagnostics;
using Volunteers.Bench.Cases;
using Volunteers.Bench.Load;

namespace Volunteers.Bench;

/// <summary>
/// ./bench.sh runs this: seeds a database, starts the service and the bare baseline as child processes on 127.0.0.1,
/// drives both with the same load in the same run, then prints one table of figures and ratios.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "baseline-server")
        {
            await BaselineServer.Run(args);
            return 0;
        }
        var options = Options.Parse(args);
        var clock = Stopwatch.StartNew();
        var report = new Report();
        var folder = Directory.CreateTempSubdirectory("volunteers-bench-").FullName;
        try
        {
            if (options.Only is null or "1-12") await CasesOneToTwelve(options, folder, report);
            if (options.Only is null || options.Only.StartsWith("13")) await DistrictAtFullSize.Run(options, folder, report);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!options.Keep) try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
        var sizes = options.Only?.StartsWith("13") == true ? "case 13 only" : $"{options.Volunteers:#,0} volunteers and {options.Records:#,0} approved records";
        report.Note($"{(options.Quick ? "quick" : "full")} run, {sizes}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
                    $"{clock.Elapsed.TotalSeconds:0} s");
        Console.WriteLine();
        Console.WriteLine(report.Render());
        return 0;
    }

    private static async Task CasesOneToTwelve(Options options, string folder, Report report)
    {
        await using (var bench = await BenchContext.Start(options, folder, report))
        {
            await Writes.Run(bench);
            await Sheets.Run(bench);
            await Reads.Run(bench);
            await Signups.Run(bench);
            await MyOverview.Run(bench);
            await CheckinBurst.Run(bench);
            Certificates.Run(options, report);
            RecognitionLists.Run(options, report);
            bench.EndServicePhase("cases 1–3 and 8–10");
            await Mix.Run(bench);
            bench.EndServicePhase("case 5, the mix without and with the batch");
            await Memory.Run(bench);
            if (bench.Failures.Count > 0) throw new InvalidOperationException("errors under load:\n" + string.Join("\n", bench.Failures.Take(10)));
        }
        Durability.Run(options, folder, report);
        await DistrictWrites.Run(options, folder, report);
        await TownCopyToPostgres.Run(options, folder, report);
    }
}

public sealed record Options(bool Quick, string ApiDll, int Volunteers, int Records, bool Keep)
{
    /// <summary>Case 13's district: the issue's size in the full run.</summary>
    public int DistrictVolunteers { get; init; }

    public int DistrictRecords { get; init; }

    /// <summary>`--only 1-12`, `13`, `13-sqlite` or `13-postgres`: one part of the run, to measure it again without the rest.</summary>
    public string? Only { get; init; }

    public static Options Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var api = Value("--api") ?? throw new ArgumentException("--api <path to Volunteers.Api.dll> is required");
        return new Options(quick, Path.GetFullPath(api),
            int.Parse(Value("--volunteers") ?? (quick ? "5000" : "100000")),
            int.Parse(Value("--records") ?? (quick ? "50000" : "1000000")),
            args.Contains("--keep"))
        {
            DistrictVolunteers = int.Parse(Value("--district-volunteers") ?? (quick ? "10000" : "200000")),
            DistrictRecords = int.Parse(Value("--district-records") ?? (quick ? "100000" : "5000000")),
            Only = Value("--only") is null or "1-12" or "13" or "13-sqlite" or "13-postgres" ? Value("--only")
                : throw new ArgumentException("--only takes 1-12, 13, 13-sqlite or 13-postgres"),
        };
    }

    /// <summary>How long one side of a load comparison runs, per round.</summary>
    public TimeSpan Slice => TimeSpan.FromSeconds(Quick ? 2 : 5);
    public int Rounds => Quick ? 1 : 3;
}
