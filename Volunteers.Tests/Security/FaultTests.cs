using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>A full disk and a read-only database file: a 503 problem in Chinese, no partial rows, and recovery once the fault clears.</summary>
[Category(TestHost.SqliteOnly)]
[NonParallelizable]
public sealed class FaultTests
{
    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{file} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }

    /// <summary>Folds the write-ahead log into the file and empties it, again while the service's own checkpoint holds it.</summary>
    private static void EmptyLog(string database)
    {
        using var db = new SqliteConnection($"Data Source={database}");
        while (db.QuerySingle<(long Busy, long Log, long Copied)>("PRAGMA wal_checkpoint(TRUNCATE)").Busy != 0) Thread.Sleep(10);
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
        Run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount);
        var host = new TestHost(mount);
        try
        {
            var admin = host.Admin();
            var point = await admin.CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var activity = await coordinator.CreateActivity(point.PointId);
            var volunteers = new List<long>();
            for (var i = 0; i < 3; i++) volunteers.Add(await coordinator.CreateVolunteer(point.PointId));
            // The write-ahead log's pages are reused once checkpointed: emptied first, the next write needs new space.
            EmptyLog(host.DatabasePath);
            var filler = Path.Combine(mount, "filler");
            try
            {
                await using (var fill = File.Create(filler))
                {
                    var block = new byte[64 * 1024];
                    try { while (true) fill.Write(block); } catch (IOException) { }
                }
                var before = Count(host.DatabasePath, "service_records");
                var sheet = await coordinator.Post($"/api/activities/{activity}/attendance",
                    new { entries = volunteers.Select(v => new { volunteerId = v, hours = 2 }).ToArray() });
                Assert.That(sheet.Code, Is.EqualTo(503), sheet.Body?.ToJsonString());
                Assert.That(sheet.Str("detail"), Does.Contain("磁盘"));
                Assert.That(sheet.Message.Headers.RetryAfter, Is.Not.Null);
                Assert.That(Count(host.DatabasePath, "service_records"), Is.EqualTo(before));
            }
            finally
            {
                File.Delete(filler);
            }
            (await coordinator.Post($"/api/activities/{activity}/attendance",
                new { entries = volunteers.Select(v => new { volunteerId = v, hours = 2 }).ToArray() })).Expect(201);
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
            EmptyLog(host.DatabasePath);
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
