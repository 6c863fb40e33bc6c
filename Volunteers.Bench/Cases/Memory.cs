namespace Volunteers.Bench.Cases;

/// <summary>Case 6: the service's peak working set over everything above, read from the kernel's high-water mark of its process.</summary>
public static class Memory
{
    public static void Run(BenchContext bench)
    {
        const double mb = 1024 * 1024;
        bench.Report.Add(new Row("6", "service peak working set, cases 1–3 and 5*", "MB", bench.Service.PeakWorkingSetBytes() / mb,
            "bare minimal-API host (cases 1, 3)", bench.Baseline.PeakWorkingSetBytes() / mb, "< 300 MB", r => r.Figure < 300));
        bench.Report.Add(new Row("6", "service working set at the end", "MB", bench.Service.WorkingSetBytes() / mb, "", double.NaN, "—", null));
    }
}
