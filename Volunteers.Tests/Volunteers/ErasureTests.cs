using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Volunteers;

public sealed class ErasureTests
{
    [Test]
    public async Task Erasing_a_withdrawn_volunteer_wipes_their_personal_data_and_keeps_every_figure()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            var point = await admin.CreatePointWithCoordinator("永丰村");
            var coordinator = host.As(point.Token);
            var body = People.Volunteer(point.PointId, age: 16);
            body["name"] = "欧阳娜娜";
            body["workplace"] = "綦江区扶欢中学";
            body["guardianName"] = "欧阳建国";
            body["guardianMobile"] = People.Mobile();
            var id = (await coordinator.Post("/api/volunteers", body)).Expect(201).Id;
            var keyed = new HttpRequestMessage(HttpMethod.Post, "/api/service-records")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { volunteerId = id, serviceDate = Ledger.Today, hours = 3, content = "协助开展讲座" }),
            };
            keyed.Headers.Add("Idempotency-Key", "erase-test-1");
            var recordId = (await coordinator.Send(keyed)).Expect(201).Id;
            (await admin.Post($"/api/service-records/{recordId}/approve")).Expect(200);
            await Ledger.RecordApproved(coordinator, admin, id, 2, Ledger.DaysAgo(1));

            (await admin.Delete($"/api/volunteers/{id}")).Expect(409);
            (await coordinator.Post($"/api/volunteers/{id}/withdraw", new { reason = "欧阳娜娜本人申请退出" })).Expect(200);
            (await coordinator.Delete($"/api/volunteers/{id}")).Expect(403);
            var before = await Figures(admin, point.PointId);

            (await admin.Delete($"/api/volunteers/{id}")).Expect(204);
            (await admin.Delete($"/api/volunteers/{id}")).Expect(204);
            (await admin.Delete("/api/volunteers/999999")).Expect(404);

            Assert.That(await Figures(admin, point.PointId), Is.EqualTo(before));
            var erased = (await admin.Get($"/api/volunteers/{id}")).Expect(200).Json;
            Assert.That(erased["name"]!.GetValue<string>(), Is.EqualTo("已注销志愿者-" + erased["volunteerNo"]!.GetValue<string>()));
            Assert.That((erased["mobile"], erased["idNumber"], erased["birthDate"], erased["workplace"], erased["guardianName"]), Is.EqualTo((null as object, null as object, null as object, null as object, null as object)));
            Assert.That(erased["approvedHours"]!.GetValue<decimal>(), Is.EqualTo(5m));

            var secrets = new[] { "欧阳娜娜", "欧阳建国", "綦江区扶欢中学", (string)body["mobile"]!, (string)body["guardianMobile"]!, (string)body["idNumber"]! };
            using (var db = host.Connect())
            {
                var rows = string.Join("|", db.Query<string>("SELECT coalesce(name, '') || '|' || coalesce(mobile, '') || '|' || coalesce(id_number_cipher, '') || '|' || coalesce(id_number_hash, '') || '|' || coalesce(id_number_masked, '') || '|' || coalesce(birth_date, '') || '|' || coalesce(workplace, '') || '|' || coalesce(guardian_name, '') || '|' || coalesce(guardian_mobile, '') || '|' FROM volunteers"))
                    + string.Join("|", db.Query<string>("SELECT coalesce(reason, '') FROM volunteer_status_changes"))
                    + string.Join("|", db.Query<string>("SELECT result FROM idempotency_keys"));
                foreach (var secret in secrets) Assert.That(rows, Does.Not.Contain(secret));
            }
            // SQLite's secure_delete overwrites the erased values in its file and log; PostgreSQL keeps old row versions until
            // VACUUM and in its WAL, which the README's backup section says.
            if (TestHost.OnPostgres) return;
            SqliteConnection.ClearAllPools();
            var file = File.ReadAllBytes(host.DatabasePath).Concat(File.Exists(host.DatabasePath + "-wal") ? File.ReadAllBytes(host.DatabasePath + "-wal") : []).ToArray();
            foreach (var secret in secrets)
                Assert.That(IndexOf(file, Encoding.UTF8.GetBytes(secret)), Is.EqualTo(-1), $"{secret} is gone from the database file itself");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    private static async Task<string> Figures(ApiClient admin, long pointId)
    {
        var year = DateTime.UtcNow.AddHours(8).Year;
        var progress = (await admin.Get($"/api/progress?year={year}")).Expect(200).Body!.ToJsonString();
        var board = (await admin.Get($"/api/leaderboard?year={year}")).Expect(200).Json["items"]!.AsArray()
            .Select(e => $"{e!["rank"]}:{e["volunteerId"]}:{e["hours"]}:{e["records"]}");
        var stats = Sheets.CsvRows((await admin.Download($"/api/exports/statistics.csv?year={year}")).Bytes).Select(r => string.Join(",", r));
        return progress + string.Join(";", board) + string.Join(";", stats);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
