using Microsoft.Data.Sqlite;
using Dapper;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Documents;

/// <summary>QR codes on paper point at the configured public address; without one (or with a loopback one) the service says so.</summary>
public sealed class PublicAddressTests
{
    private static async Task<(TestHost Host, LogCapture Logs, long Volunteer, long Activity, PointWithCoordinator Point)> Town(string? publicBaseUrl)
    {
        var logs = new LogCapture();
        var host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Selection:PublicBaseUrl"] = publicBaseUrl }) { Logs = logs };
        var point = await host.Admin().CreatePointWithCoordinator("新连村");
        var coordinator = host.As(point.Token);
        var volunteer = await coordinator.CreateVolunteer(point.PointId);
        await Ledger.RecordApproved(coordinator, host.Admin(), volunteer, 2, Ledger.DaysAgo(1));
        var activity = (await coordinator.Post("/api/activities", new
        {
            title = "开幕式", type = "lecture", learningPointId = point.PointId, date = Ledger.Today, startTime = "23:00", endTime = "23:30", location = "镇文化站",
        })).Expect(201).Id;
        return (host, logs, volunteer, activity, point);
    }

    [TestCase("")]
    [TestCase("http://127.0.0.1:5080")]
    [TestCase("http://localhost:5080/")]
    public async Task Without_a_public_address_the_service_warns_at_start_and_refuses_documents_with_QR_codes(string setting)
    {
        var (host, logs, volunteer, activity, point) = await Town(setting);
        try
        {
            Assert.That(logs.Lines, Has.Some.Match(@"^Warning .*Volunteers:Selection:PublicBaseUrl is not set"));
            var coordinator = host.As(point.Token);
            var proofsBefore = Count(host, "SELECT count(*) FROM service_proofs");
            foreach (var refused in new[]
            {
                await coordinator.Get($"/api/volunteers/{volunteer}/service-proof.pdf"),
                await coordinator.Get($"/api/activities/{activity}/checkin-poster.pdf"),
                await coordinator.Send(new HttpRequestMessage(HttpMethod.Post, $"/api/volunteers/{volunteer}/card") { Headers = { { "Accept", "application/pdf" } } }),
            })
            {
                refused.Expect(409);
                Assert.That(refused.Json["detail"]!.GetValue<string>(), Does.Contain("Volunteers:Selection:PublicBaseUrl").And.Contain("公开网址"));
            }
            Assert.That(Count(host, "SELECT count(*) FROM service_proofs"), Is.EqualTo(proofsBefore), "no proof number was used up");
            Assert.That(Count(host, "SELECT count(*) FROM volunteer_cards"), Is.Zero, "no card was issued");
            (await coordinator.Post($"/api/volunteers/{volunteer}/card")).Expect(201);
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task With_a_public_address_the_documents_QR_codes_point_at_it_and_nothing_is_warned()
    {
        var (host, logs, volunteer, _, point) = await Town("https://fuhuan.example.cn/");
        try
        {
            Assert.That(logs.Lines, Has.None.Contains("PublicBaseUrl"));
            var response = await host.As(point.Token).Client.GetAsync($"/api/volunteers/{volunteer}/service-proof.pdf");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.That(QrReader.Single(bytes), Does.StartWith("https://fuhuan.example.cn/verify/"));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    private static long Count(TestHost host, string sql)
    {
        using var c = host.Connect();
        return c.ExecuteScalar<long>(sql);
    }
}
