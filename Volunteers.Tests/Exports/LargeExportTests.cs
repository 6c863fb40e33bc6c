using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Exports;

/// <summary>The whole registry of a much larger town leaves as a file while the service's memory stays flat.</summary>
[Category(TestHost.SqliteOnly)]
public sealed class LargeExportTests
{
    private const int Count = 100_000;
    // Streaming grows the working set by ~7 MiB (CSV) and ~15 MiB (XLSX) here; reading every row into a list first, ~60 MiB.
    private const long MaxGrowthBytes = 32L * 1024 * 1024;
    private TestHost _host = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        var pointId = await _host.Admin().CreatePoint("大型社区", 9_000_000);
        Insert(_host.DatabasePath, pointId);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [TestCase("csv")]
    [TestCase("xlsx")]
    public async Task Exporting_100000_volunteers_streams_without_holding_them_in_memory(string format)
    {
        var (growth, peak, bytes, rows, elapsed) = await Measure($"/api/exports/volunteers.{format}", format);
        TestContext.Out.WriteLine($"{format}: {Count:N0} volunteers, {bytes:N0} bytes in {elapsed.TotalSeconds:F1} s; " +
            $"working set peak {peak / 1048576.0:F0} MiB, growth during the export {growth / 1048576.0:F0} MiB");
        Assert.That(rows, Is.EqualTo(Count + 1));
        Assert.That(growth, Is.LessThan(MaxGrowthBytes));
    }

    private async Task<(long Growth, long Peak, long Bytes, long Rows, TimeSpan Elapsed)> Measure(string url, string format)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(5);
            }
        });
        var clock = Stopwatch.StartNew();
        using var response = await _host.Admin().Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        var file = Path.Combine(_host.Folder, "export." + format);
        await using (var body = await response.Content.ReadAsStreamAsync())
        await using (var output = File.Create(file))
            await body.CopyToAsync(output);
        clock.Stop();
        await stop.CancelAsync();
        await sampler;
        var rows = format == "csv" ? CountLines(file) : CountXlsxRows(file);
        return (peak - baseline, peak, new FileInfo(file).Length, rows, clock.Elapsed);
    }

    private static long CountLines(string file) => File.ReadLines(file).LongCount();

    private static long CountXlsxRows(string file) => MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: false).LongCount();

    /// <summary>Straight into the file in one transaction: the API would take minutes for what the export is measured on.</summary>
    private static void Insert(string databasePath, long pointId)
    {
        using var c = new SqliteConnection($"Data Source={databasePath}");
        c.Open();
        using var t = c.BeginTransaction();
        using var insert = c.CreateCommand();
        insert.Transaction = t;
        insert.CommandText = """
            INSERT INTO volunteers (volunteer_no, name, gender, mobile, birth_date, category, workplace, skills, learning_point_id, status,
                                    source, created_at, updated_at, status_changed_at)
            VALUES ($no, $name, $gender, $mobile, '1980-05-01', 'teacher', '扶欢镇中心小学', '["书法"]', $point, 'active', 'import', $now, $now, $now)
            """;
        var no = insert.Parameters.Add("$no", SqliteType.Text);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var gender = insert.Parameters.Add("$gender", SqliteType.Text);
        var mobile = insert.Parameters.Add("$mobile", SqliteType.Text);
        insert.Parameters.AddWithValue("$point", pointId);
        insert.Parameters.AddWithValue("$now", "2025-03-01T02:00:00.0000000Z");
        insert.Prepare();
        for (var i = 0; i < Count; i++)
        {
            no.Value = $"FH2025-{i + 100000:000000}";
            name.Value = "志愿者" + i;
            gender.Value = i % 2 == 0 ? "female" : "male";
            mobile.Value = "137" + i.ToString("00000000");
            insert.ExecuteNonQuery();
        }
        t.Commit();
    }
}
