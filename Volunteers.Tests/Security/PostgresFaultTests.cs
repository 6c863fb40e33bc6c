using System.Diagnostics;
using System.Net.Http.Json;
using Dapper;
using Npgsql;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>
/// The PostgreSQL server gone while the service runs (every connection dropped, new ones refused), taking no writes, or
/// out of disk space:
/// a 503 problem with Retry-After, nothing half-written, and a client that retries once the server is back gets its write
/// made exactly once. Runs in both of test.sh's passes: it needs only the server.
/// </summary>
[NonParallelizable]
public sealed class PostgresFaultTests
{
    [Test]
    public async Task With_the_server_gone_requests_answer_503_nothing_is_half_written_and_a_retry_writes_once_it_is_back()
    {
        using var database = new TestPostgres(migrated: true);
        using var relay = RelayTo(database);
        var host = HostThrough(database, relay);
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var activity = await coordinator.CreateActivity(point.PointId);
            var volunteers = new List<long>();
            for (var i = 0; i < 3; i++) volunteers.Add(await coordinator.CreateVolunteer(point.PointId));
            long Records() => Count(database, "service_records");
            var before = Records();
            var sheet = new { entries = volunteers.Select(v => new { volunteerId = v, hours = 2 }).ToArray() };
            var key = Guid.NewGuid().ToString("N");

            relay.Cut();
            var refused = await Keyed(coordinator, $"/api/activities/{activity}/attendance", sheet, key);
            Assert.That(refused.Code, Is.EqualTo(503), refused.Body?.ToJsonString());
            Assert.That(refused.Str("detail"), Does.Contain("数据库服务器"));
            Assert.That(refused.Message.Headers.RetryAfter, Is.Not.Null);
            var read = await coordinator.Get($"/api/volunteers?learningPointId={point.PointId}");
            Assert.That(read.Code, Is.EqualTo(503), read.Body?.ToJsonString());
            Assert.That(Records(), Is.EqualTo(before), "nothing of the sheet was written");

            relay.Restore();
            // Connections the pool held when the server went are found broken one by one, each a 503 the client retries.
            Reply? made = null;
            for (var attempt = 0; attempt < 20 && made is null; attempt++)
            {
                var reply = await Keyed(coordinator, $"/api/activities/{activity}/attendance", sheet, key);
                if (reply.Code == 201) made = reply;
                else Assert.That(reply.Code, Is.EqualTo(503), reply.Body?.ToJsonString());
            }
            Assert.That(made, Is.Not.Null, "the sheet was accepted once the server was back");
            Assert.That(Records(), Is.EqualTo(before + 3));
            (await Keyed(coordinator, $"/api/activities/{activity}/attendance", sheet, key)).Expect(201);
            Assert.That(Records(), Is.EqualTo(before + 3), "the same key again writes nothing more");
        }
        finally
        {
            host.DisposeAndDelete();
            NpgsqlConnection.ClearAllPools();
        }
    }

    [Test]
    public async Task A_read_only_server_answers_503_to_writes_keeps_reading_and_writes_again_once_it_is_writable()
    {
        using var database = new TestPostgres(migrated: true);
        using var relay = RelayTo(database);
        var host = HostThrough(database, relay);
        void ReadOnly(bool on)
        {
            using (var c = new NpgsqlConnection(database.ConnectionString))
                c.Execute($"ALTER DATABASE {database.Name} SET default_transaction_read_only = {(on ? "on" : "off")}");
            // The setting holds for sessions that start after it: the service's pooled ones are cut, so it opens new ones.
            relay.Cut();
            relay.Restore();
        }
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var body = People.Volunteer(point.PointId);
            ReadOnly(true);
            await ReadsAgain(coordinator, point.PointId);
            var refused = await coordinator.Post("/api/volunteers", body);
            Assert.That(refused.Code, Is.EqualTo(503), refused.Body?.ToJsonString());
            Assert.That(refused.Message.Headers.RetryAfter, Is.Not.Null);
            Assert.That(Count(database, "volunteers"), Is.EqualTo(0), "nothing was written");

            ReadOnly(false);
            await ReadsAgain(coordinator, point.PointId);
            (await coordinator.Post("/api/volunteers", body)).Expect(201);
            Assert.That(Count(database, "volunteers"), Is.EqualTo(1));
        }
        finally
        {
            host.DisposeAndDelete();
            NpgsqlConnection.ClearAllPools();
        }
    }

    [Test]
    public async Task A_full_disk_answers_503_keeps_no_partial_rows_and_recovers()
    {
        using var database = new TestPostgres(migrated: true);
        var mount = Directory.CreateTempSubdirectory("volunteers-tinyfs-").FullName;
        var tablespace = "tiny_" + database.Name[^12..];
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres" }.ToString();
        TestHost? host = null;
        // The database's files move to a tablespace on a small file system of their own, which a filler then fills: the
        // next write that needs a new page of a table meets "No space left on device" (SQLSTATE 53100).
        Run("mount", "-t", "tmpfs", "-o", $"size=24m,mode=0700,uid={OwnerOfDataDirectory(server)}", "tmpfs", mount);
        try
        {
            using (var c = new NpgsqlConnection(server))
            {
                c.Execute($"CREATE TABLESPACE {tablespace} LOCATION '{mount}'");
                NpgsqlConnection.ClearAllPools();
                c.Execute($"ALTER DATABASE {database.Name} SET TABLESPACE {tablespace}");
            }
            host = new TestHost(settings: new Dictionary<string, string?>
            {
                ["Volunteers:DatabaseProvider"] = "postgres",
                ["ConnectionStrings:Volunteers"] = database.ConnectionString,
                ["Volunteers:DataKey"] = ServiceProcess.NewDataKey(),
            });
            var point = await host.Admin().CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var activity = await coordinator.CreateActivity(point.PointId);
            var volunteers = new List<long>();
            for (var i = 0; i < 3; i++) volunteers.Add(await coordinator.CreateVolunteer(point.PointId));
            var sheet = new { entries = volunteers.Select(v => new { volunteerId = v, hours = 2 }).ToArray() };
            var before = Count(database, "service_records");
            var filler = Path.Combine(mount, "filler");
            try
            {
                await using (var fill = File.Create(filler))
                {
                    var block = new byte[64 * 1024];
                    try { while (true) fill.Write(block); } catch (IOException) { }
                }
                var refused = await coordinator.Post($"/api/activities/{activity}/attendance", sheet);
                Assert.That(refused.Code, Is.EqualTo(503), refused.Body?.ToJsonString());
                Assert.That(refused.Str("detail"), Does.Contain("磁盘"));
                Assert.That(refused.Message.Headers.RetryAfter, Is.Not.Null);
                Assert.That(Count(database, "service_records"), Is.EqualTo(before), "nothing of the sheet was written");
                Assert.That(Count(database, "attendance_batches"), Is.Zero);
            }
            finally
            {
                File.Delete(filler);
            }
            (await coordinator.Post($"/api/activities/{activity}/attendance", sheet)).Expect(201);
            Assert.That(Count(database, "service_records"), Is.EqualTo(before + 3));
        }
        finally
        {
            host?.DisposeAndDelete();
            NpgsqlConnection.ClearAllPools();
            database.Dispose();
            using (var c = new NpgsqlConnection(server)) c.Execute($"DROP TABLESPACE IF EXISTS {tablespace}");
            Run("umount", "-l", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    /// <summary>The operating-system account the server runs as: the owner of its data directory, which a tablespace's folder must have too.</summary>
    private static string OwnerOfDataDirectory(string server)
    {
        using var c = new NpgsqlConnection(server);
        var folder = c.ExecuteScalar<string>("SHOW data_directory")!;
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%u", folder]) { RedirectStandardOutput = true })!;
        var uid = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return uid;
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{file} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }

    // Pooled connections cut by the relay are found broken one request at a time (each a 503); reads that answer again mean
    // every connection the service now holds was opened after the change.
    private static async Task ReadsAgain(ApiClient api, long pointId)
    {
        for (var attempt = 0; attempt < 20; attempt++)
            if ((await api.Get($"/api/volunteers?learningPointId={pointId}")).Code == 200) return;
        Assert.Fail("the service did not read again after its connections were cut");
    }

    private static TcpRelay RelayTo(TestPostgres database)
    {
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return new TcpRelay(direct.Host!, direct.Port);
    }

    /// <summary>The service on <paramref name="database"/>, reaching it only through <paramref name="relay"/>.</summary>
    private static TestHost HostThrough(TestPostgres database, TcpRelay relay) => new(settings: new Dictionary<string, string?>
    {
        ["Volunteers:DatabaseProvider"] = "postgres",
        ["ConnectionStrings:Volunteers"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = relay.Port, Timeout = 3 }.ToString(),
        ["Volunteers:DataKey"] = ServiceProcess.NewDataKey(),
    });

    private static long Count(TestPostgres database, string table)
    {
        using var c = new NpgsqlConnection(database.ConnectionString);
        return c.ExecuteScalar<long>($"SELECT count(*) FROM {table}");
    }

    private static Task<Reply> Keyed(ApiClient api, string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, body.GetType(), options: ApiClient.Json) };
        request.Headers.Add("Idempotency-Key", key);
        return api.Send(request);
    }
}
