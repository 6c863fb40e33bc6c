using Volunteers.Tests.Support;

namespace Volunteers.Tests.Town;

public sealed class DistrictProgressTests
{
    [Test]
    public async Task A_database_of_one_town_is_a_district_of_that_town_with_its_figures_and_nothing_personal()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            (await admin.Put("/api/town", new { name = "扶欢镇", residentPopulation = 1000, targetRatio = 0.01 })).Expect(200);
            var point = await admin.CreatePointWithCoordinator("甲村");
            var coordinator = host.As(point.Token);
            var body = People.Volunteer(point.PointId);
            var serving = (await coordinator.Post("/api/volunteers", body)).Expect(201).Id;
            await coordinator.CreateVolunteer(point.PointId);
            await coordinator.CreateVolunteer(point.PointId);
            await Ledger.RecordApproved(coordinator, admin, serving, 2);

            var year = DateTime.UtcNow.AddHours(8).Year;
            var reply = (await host.Anonymous().Get($"/api/district/progress?year={year}")).Expect(200);
            var district = reply.Json["district"]!;
            Assert.That((district["residentPopulation"]!.GetValue<long>(), district["target"]!.GetValue<int>(), district["active"]!.GetValue<long>(),
                district["serving"]!.GetValue<long>(), district["percentOfTarget"]!.GetValue<decimal>()), Is.EqualTo((1000L, 10, 3L, 1L, 30m)));
            var town = reply.Json["towns"]!.AsArray().Single()!;
            Assert.That((town["name"]!.GetValue<string>(), town["target"]!.GetValue<int>(), town["active"]!.GetValue<long>(), town["serving"]!.GetValue<long>()),
                Is.EqualTo(("扶欢镇", 10, 3L, 1L)));
            var townProgress = (await host.Anonymous().Get($"/api/progress?year={year}")).Expect(200).Json["town"]!;
            Assert.That(town["percentOfTarget"]!.GetValue<decimal>(), Is.EqualTo(townProgress["percentOfTarget"]!.GetValue<decimal>()));
            Assert.That(reply.Message.Headers.CacheControl?.NoStore ?? false, Is.False, "aggregates may be cached");

            var page = await host.Anonymous().Client.GetStringAsync("/district");
            Assert.That(page, Does.Contain("扶欢镇").And.Contain("3 / 10").And.Contain("全区已在册志愿者"));
            foreach (var personal in new[] { (string)body["name"]!, (string)body["mobile"]! })
            {
                Assert.That(reply.Body!.ToJsonString(), Does.Not.Contain(personal));
                Assert.That(page, Does.Not.Contain(personal));
            }
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task A_year_outside_the_programme_is_a_problem_naming_the_year()
    {
        var host = new TestHost();
        try
        {
            var reply = await host.Anonymous().Get("/api/district/progress?year=1800");
            Assert.That(reply.Code, Is.EqualTo(400));
            Assert.That(reply.ErrorFields, Does.Contain("year"));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
