namespace Volunteers.Bench.Load;

/// <summary>
/// How busy the machine's cores were while something ran, and whose work it was, from /proc: a load that leaves the
/// cores idle waits on something else (a lock, a disk flush); one that keeps them busy is bound by the CPU its parts
/// share — the service, the database server and the load driver (this process).
/// </summary>
public static class MachineCpu
{
    public sealed record Use(double BusyShare, double ServiceSeconds, double PostgresSeconds, double DriverSeconds);

    public static async Task<(T Result, Use Cpu)> While<T>(int servicePid, Func<Task<T>> work)
    {
        var before = Sample(servicePid);
        var result = await work();
        var after = Sample(servicePid);
        var total = after.Total - before.Total;
        return (result, new Use(total <= 0 ? double.NaN : (after.Busy - before.Busy) / (double)total,
            (after.Service - before.Service) / TicksPerSecond, (after.Postgres - before.Postgres) / TicksPerSecond,
            (after.Driver - before.Driver) / TicksPerSecond));
    }

    // USER_HZ, which /proc reports CPU time in: 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    private static (long Busy, long Total, long Service, long Postgres, long Driver) Sample(int servicePid)
    {
        // The first line: user nice system idle iowait irq softirq steal …; idle and iowait are the cores doing nothing.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        var total = fields.Sum();
        long postgres = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(folder), out var pid) && Comm(pid) == "postgres") postgres += ProcessTicks(pid);
        return (total - fields[3] - fields[4], total, ProcessTicks(servicePid), postgres, ProcessTicks(Environment.ProcessId));
    }

    private static string? Comm(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/comm").Trim(); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    // utime and stime, fields 14 and 15 of /proc/<pid>/stat, counted after the command's closing parenthesis.
    private static long ProcessTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(rest[11]) + long.Parse(rest[12]);
        }
        catch (IOException) { return 0; }
    }
}
