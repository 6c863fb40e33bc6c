using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>A full disk and a read-only database file: a 503 problem in Chinese, no partial rows, and recovery once the fault clears.</summary>
[NonParallelizable]
public sealed class FaultTests
{
    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{file} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }

    private static long Count(string database, string table)
    {
        using var db = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        return db.ExecuteScalar<long>($"SELECT count(*) FROM {table}");
    }

    [Test]
    public async Task A_full_disk_answers_503_keeps_no_partial_rows_and_recovers()
    {
        var mount = Directory.CreateTempSubdirectory("volunteers-tinyfs-").FullName;
        Run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mount);
        var host = new TestHost(mount);
        try
        {
            var admin = host.Admin();
            var point = await admin.CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            // The write-ahead log's pages are reused once checkpointed, so the first writes after the disk fills may still
            // fit: sheets go to activities of their own until one needs a page the disk no longer has.
            var activities = new List<long>();
            for (var i = 0; i < 24; i++) activities.Add(await coordinator.CreateActivity(point.PointId));
            var volunteers = new List<long>();
            for (var i = 0; i < 50; i++) volunteers.Add(await coordinator.CreateVolunteer(point.PointId));
            object Sheet() => new { entries = volunteers.Select(v => new { volunteerId = v, hours = 1 }).ToArray() };
            var filler = Path.Combine(mount, "filler");
            var sheets = 0;
            try
            {
                await using (var fill = File.Create(filler))
                {
                    var block = new byte[64 * 1024];
                    try { while (true) fill.Write(block); } catch (IOException) { }
                }
                var before = Count(host.DatabasePath, "service_records");
                Reply sheet;
                while ((sheet = await coordinator.Post($"/api/activities/{activities[sheets]}/attendance", Sheet())).Code == 201)
                    Assert.That(++sheets, Is.LessThan(activities.Count - 1), "the full disk never refused a sheet");
                Assert.That(sheet.Code, Is.EqualTo(503), sheet.Body?.ToJsonString());
                Assert.That(sheet.Str("detail"), Does.Contain("磁盘"));
                Assert.That(sheet.Message.Headers.RetryAfter, Is.Not.Null);
                Assert.That(Count(host.DatabasePath, "service_records"), Is.EqualTo(before + sheets * volunteers.Count), "each acknowledged sheet whole, the refused one not at all");
            }
            finally
            {
                File.Delete(filler);
            }
            (await coordinator.Post($"/api/activities/{activities[sheets]}/attendance", Sheet())).Expect(201);
        }
        finally
        {
            host.Dispose();
            SqliteConnection.ClearAllPools();
            Run("umount", "-l", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    [Test]
    public async Task A_read_only_database_answers_503_and_recovers()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            var pointId = await admin.CreatePoint();
            await admin.CreateVolunteer(pointId);
            // A checkpoint folds the WAL into the file, so the read-only file holds every acknowledged write.
            using (var db = new SqliteConnection($"Data Source={host.DatabasePath}"))
                db.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            var before = Count(host.DatabasePath, "volunteers");
            Run("chattr", "+i", host.DatabasePath);
            // Only now: a handle opened before the file became read-only, by the service's background checkpoint say, could
            // still write to the log.
            SqliteConnection.ClearAllPools();
            try
            {
                var refused = await admin.Post("/api/volunteers", People.Volunteer(pointId));
                Assert.That(refused.Code, Is.EqualTo(503), refused.Body?.ToJsonString());
                Assert.That(refused.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            }
            finally
            {
                Run("chattr", "-i", host.DatabasePath);
                SqliteConnection.ClearAllPools();
            }
            Assert.That(Count(host.DatabasePath, "volunteers"), Is.EqualTo(before));
            (await admin.Post("/api/volunteers", People.Volunteer(pointId))).Expect(201);
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
