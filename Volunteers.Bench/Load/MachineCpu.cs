namespace Volunteers.Bench.Load;

/// <summary>
/// How busy the machine's cores were while something ran, from /proc/stat: a load that leaves them idle waits on
/// something else (a lock, a disk flush); one that keeps them busy is bound by the CPU it shares with its neighbours.
/// </summary>
public static class MachineCpu
{
    public static async Task<(T Result, double BusyShare)> While<T>(Func<Task<T>> work)
    {
        var before = Sample();
        var result = await work();
        var after = Sample();
        var total = after.Total - before.Total;
        return (result, total <= 0 ? double.NaN : (after.Busy - before.Busy) / (double)total);
    }

    // The first line: user nice system idle iowait irq softirq steal …; idle and iowait are the cores doing nothing.
    private static (long Busy, long Total) Sample()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        var total = fields.Sum();
        return (total - fields[3] - fields[4], total);
    }
}
