using System.Net.Http.Json;
using Dapper;
using Npgsql;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>
/// The PostgreSQL server gone while the service runs (every connection dropped, new ones refused): reads and writes answer
/// a 503 problem with Retry-After, nothing is half-written, and a client that retries with its Idempotency-Key once the
/// server is back gets its write made exactly once. Runs in both of test.sh's passes: it needs only the server.
/// </summary>
[NonParallelizable]
public sealed class PostgresFaultTests
{
    [Test]
    public async Task With_the_server_gone_requests_answer_503_nothing_is_half_written_and_a_retry_writes_once_it_is_back()
    {
        using var database = new TestPostgres(migrated: true);
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        using var relay = new TcpRelay(direct.Host!, direct.Port);
        var host = new TestHost(settings: new Dictionary<string, string?>
        {
            ["Volunteers:DatabaseProvider"] = "postgres",
            ["ConnectionStrings:Volunteers"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = relay.Port, Timeout = 3 }.ToString(),
            ["Volunteers:DataKey"] = ServiceProcess.NewDataKey(),
        });
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var activity = await coordinator.CreateActivity(point.PointId);
            var volunteers = new List<long>();
            for (var i = 0; i < 3; i++) volunteers.Add(await coordinator.CreateVolunteer(point.PointId));
            long Records()
            {
                using var c = new NpgsqlConnection(database.ConnectionString);
                return c.ExecuteScalar<long>("SELECT count(*) FROM service_records");
            }
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

    private static Task<Reply> Keyed(ApiClient api, string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, body.GetType(), options: ApiClient.Json) };
        request.Headers.Add("Idempotency-Key", key);
        return api.Send(request);
    }
}
