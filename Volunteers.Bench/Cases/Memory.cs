using System.Diagnostics;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 6: the service's peak working set over the whole run and in each phase, from the kernel's high-water mark of its
/// process (reset as each phase starts); then the export of every volunteer as CSV and as XLSX, each a phase of its own,
/// with the working set after it.
/// </summary>
public static class Memory
{
    private const double Mb = 1024 * 1024;

    public static async Task Run(BenchContext bench)
    {
        var service = bench.Service;
        var before = service.WorkingSetBytes();
        var volunteers = $"{bench.Seeded.Volunteers:#,0}";
        Console.Error.WriteLine($"Case 6: working set, and the export of {volunteers} volunteers as CSV and XLSX...");
        var afterExports = new List<Row>();
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var (seconds, bytes) = await Export(bench, format);
            var what = $"GET volunteers.{format} ({volunteers} rows, {bytes / Mb:0.0} MB, {seconds:0.0} s)";
            bench.EndServicePhase(what);
            afterExports.Add(new Row("6", $"working set after {what}", "MB", service.WorkingSetBytes() / Mb, "working set before the exports", before / Mb,
                "< 300 MB", r => r.Figure < 300));
        }
        bench.Report.Add(new Row("6", "service peak working set, whole run", "MB", bench.ServicePeaks.Max(p => p.PeakBytes) / Mb,
            "bare minimal-API host (cases 1, 3)", bench.Baseline.PeakWorkingSetBytes() / Mb, "< 300 MB", r => r.Figure < 300));
        foreach (var (phase, peak) in bench.ServicePeaks)
            bench.Report.Add(new Row("6", $"peak during {phase}", "MB", peak / Mb, "", double.NaN, "< 300 MB", r => r.Figure < 300));
        foreach (var row in afterExports) bench.Report.Add(row);
    }

    /// <returns>Seconds taken and the size of the file, which is counted as it streams and not kept.</returns>
    private static async Task<(double Seconds, long Bytes)> Export(BenchContext bench, string format)
    {
        var clock = Stopwatch.StartNew();
        using var response = await bench.ServiceClient.GetAsync($"/api/exports/volunteers.{format}", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var counter = new CountingStream();
        await body.CopyToAsync(counter);
        if (!response.IsSuccessStatusCode || counter.Length == 0) bench.Failed($"volunteers.{format} answered {(int)response.StatusCode}");
        return (clock.Elapsed.TotalSeconds, counter.Length);
    }

    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
