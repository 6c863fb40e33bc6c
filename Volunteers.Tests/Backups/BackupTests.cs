using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Volunteers;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Backups;

[Category(TestHost.SqliteOnly)]
public sealed class BackupTests
{
    [Test]
    public async Task A_backup_taken_during_writes_restores_intact_with_every_write_acknowledged_before_it()
    {
        var host = new TestHost();
        var restoredFolder = Directory.CreateTempSubdirectory("volunteers-restore-").FullName;
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator("古南村");
            var coordinator = host.As(point.Token);
            var acknowledged = new ConcurrentQueue<(long Id, string Mobile)>();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var body = People.Volunteer(point.PointId);
                    var id = (await coordinator.Post("/api/volunteers", body)).Expect(201).Id;
                    acknowledged.Enqueue((id, (string)body["mobile"]!));
                }
            })).ToList();
            while (acknowledged.Count < 30) await Task.Delay(10);
            var before = acknowledged.ToList();
            var backup = (await host.Admin().Post("/api/admin/backups")).Expect(201).Json;
            while (acknowledged.Count < before.Count + 30) await Task.Delay(10);
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            var name = backup["name"]!.GetValue<string>();
            var file = Path.Combine(host.Folder, "backups", name);
            Assert.That(backup["size"]!.GetValue<long>(), Is.EqualTo(new FileInfo(file).Length).And.GreaterThan(0));
            Assert.That(backup["keyFile"]!.GetValue<string>(), Is.EqualTo(Path.ChangeExtension(name, ".key")));

            var restoredPath = Path.Combine(restoredFolder, "volunteers.db");
            var (exit, output) = await Cli.Run(restoredPath, "restore", file);
            Assert.That(exit, Is.Zero, output);
            using (var db = new SqliteConnection($"Data Source={restoredPath};Pooling=False"))
                Assert.That(db.Query<string>("PRAGMA integrity_check"), Is.EqualTo(new[] { "ok" }));

            var restored = new TestHost(restoredFolder);
            try
            {
                var again = restored.As(point.Token);
                foreach (var (id, mobile) in before)
                    Assert.That((await again.Get($"/api/volunteers/{id}")).Expect(200).Str("mobile"), Is.EqualTo(mobile));
                var (someId, _) = before[0];
                var idNumber = IdNumberOf(host, someId);
                Assert.That((await again.Get($"/api/volunteers?q={idNumber}")).Json["total"]!.GetValue<long>(), Is.EqualTo(1), "the key came along");
            }
            finally
            {
                restored.Dispose();
            }
        }
        finally
        {
            host.DisposeAndDelete();
            SqliteConnection.ClearAllPools();
            Directory.Delete(restoredFolder, recursive: true);
        }
    }

    [Test]
    public async Task The_commands_back_up_without_a_web_server_and_refuse_a_damaged_file_or_a_running_service()
    {
        var host = new TestHost();
        try
        {
            await host.Admin().CreatePoint("东溪村");
            var copy = Path.Combine(host.Folder, "copy.db");
            var (exit, output) = await Cli.Run(host.DatabasePath, "backup", copy);
            Assert.That(exit, Is.Zero, output);
            Assert.That(File.Exists(copy) && File.Exists(Path.Combine(host.Folder, "copy.key")), Is.True, output);
            Assert.That((await Cli.Run(host.DatabasePath, "backup", copy)).Exit, Is.EqualTo(1), "an existing file is not overwritten");

            var running = await Cli.Run(host.DatabasePath, "restore", copy);
            Assert.That(running.Exit, Is.EqualTo(1));
            Assert.That(running.Output, Does.Contain("stop").Or.Contain("停止"));

            var damaged = Path.Combine(host.Folder, "damaged.db");
            var bytes = File.ReadAllBytes(copy);
            for (var i = 4096 + 100; i < bytes.Length; i += 7) bytes[i] ^= 0x5A;
            File.WriteAllBytes(damaged, bytes);
            var target = Path.Combine(host.Folder, "elsewhere", "volunteers.db");
            var refused = await Cli.Run(target, "restore", damaged);
            Assert.That(refused.Exit, Is.EqualTo(1));
            Assert.That(refused.Output, Does.Contain("damaged").Or.Contain("损坏"));
            Assert.That(File.Exists(target), Is.False);

            (await host.As((await host.Admin().CreatePointWithCoordinator()).Token).Post("/api/admin/backups")).Expect(403);
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    private static string IdNumberOf(TestHost host, long id)
    {
        using var db = host.Connect();
        var cipher = db.ExecuteScalar<string>("SELECT id_number_cipher FROM volunteers WHERE id = @id", new { id })!;
        return host.Service<PersonalDataProtector>().Decrypt(cipher);
    }
}
