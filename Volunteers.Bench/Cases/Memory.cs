using System.Diagnostics;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 6: the service's peak working set over everything above, read from the kernel's high-water mark of its process; then
/// the export of every volunteer as CSV and as XLSX, each with its own peak (the mark reset before it) and the working set after.
/// </summary>
public static class Memory
{
    private const double Mb = 1024 * 1024;

    public static async Task Run(BenchContext bench)
    {
        var service = bench.Service;
        var peakBefore = service.PeakWorkingSetBytes();
        var before = service.WorkingSetBytes();
        var volunteers = $"{bench.Seeded.Volunteers:#,0}";
        Console.Error.WriteLine($"Case 6: working set, and the export of {volunteers} volunteers as CSV and XLSX...");
        var peak = peakBefore;
        var rows = new List<Row>();
        foreach (var format in new[] { "csv", "xlsx" })
        {
            service.ResetPeakWorkingSet();
            var (seconds, bytes) = await Export(bench, format);
            var during = service.PeakWorkingSetBytes();
            var after = service.WorkingSetBytes();
            peak = Math.Max(peak, during);
            var what = $"GET volunteers.{format}, {volunteers} rows, {bytes / Mb:0.0} MB in {seconds:0.0} s";
            rows.Add(new Row("6", $"peak during {what}", "MB", during / Mb, "working set before the exports", before / Mb, "< 300 MB", r => r.Figure < 300));
            rows.Add(new Row("6", $"working set after {what}", "MB", after / Mb, "working set before the exports", before / Mb, "< 300 MB", r => r.Figure < 300));
        }
        bench.Report.Add(new Row("6", "service peak working set, cases 1–3, 5 and the exports", "MB", peak / Mb,
            "bare minimal-API host (cases 1, 3)", bench.Baseline.PeakWorkingSetBytes() / Mb, "< 300 MB", r => r.Figure < 300));
        foreach (var row in rows) bench.Report.Add(row);
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
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
