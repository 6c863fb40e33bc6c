using System.Text.RegularExpressions;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Town;

public sealed class ProgressTests
{
    [Test]
    public async Task Progress_counts_active_serving_and_pending_per_point_category_and_month()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            (await admin.Put("/api/town", new { name = "扶欢镇", residentPopulation = 1000, targetRatio = 0.01 })).Expect(200);
            var a = await admin.CreatePointWithCoordinator("甲村");
            var b = await admin.CreatePoint("乙村", 250);
            var ca = host.As(a.Token);
            var serving = await ca.CreateVolunteer(a.PointId);
            var idle = await ca.CreateVolunteer(a.PointId);
            var suspended = await ca.CreateVolunteer(a.PointId);
            await Ledger.RecordApproved(ca, admin, serving, 2);
            await Ledger.RecordApproved(ca, admin, suspended, 2);
            (await ca.Post($"/api/volunteers/{suspended}/suspend")).Expect(200);
            var pendingOnly = await ca.CreateVolunteer(a.PointId);
            (await ca.Record(pendingOnly, 1)).Expect(201);
            var inB = People.Volunteer(b);
            inB["category"] = "retired-cadre";
            (await admin.Post("/api/volunteers", inB)).Expect(201);

            var year = DateTime.UtcNow.AddHours(8).Year;
            var progress = (await host.Anonymous().Get($"/api/progress?year={year}")).Expect(200).Json;
            var town = progress["town"]!;
            Assert.That(town["target"]!.GetValue<int>(), Is.EqualTo(10));
            Assert.That(town["active"]!.GetValue<long>(), Is.EqualTo(4));
            Assert.That(town["serving"]!.GetValue<long>(), Is.EqualTo(1));
            Assert.That(town["pending"]!.GetValue<long>(), Is.EqualTo(0));
            Assert.That(town["percentOfTarget"]!.GetValue<decimal>(), Is.EqualTo(40m));
            var pa = progress["learningPoints"]!.AsArray().Single(p => p!["id"]!.GetValue<long>() == a.PointId)!;
            Assert.That((pa["active"]!.GetValue<long>(), pa["serving"]!.GetValue<long>(), pa["target"]!.GetValue<int>()), Is.EqualTo((3L, 1L, 24)));
            var pb = progress["learningPoints"]!.AsArray().Single(p => p!["id"]!.GetValue<long>() == b)!;
            Assert.That((pb["active"]!.GetValue<long>(), pb["target"]!.GetValue<int>()), Is.EqualTo((1L, 3)));
            Assert.That(progress["byCategory"]!["teacher"]!.GetValue<long>(), Is.EqualTo(3));
            Assert.That(progress["byCategory"]!["retired-cadre"]!.GetValue<long>(), Is.EqualTo(1));
            var month = DateTime.UtcNow.AddHours(8).Month;
            var monthly = progress["monthly"]!.AsArray();
            Assert.That(monthly, Has.Count.EqualTo(12));
            Assert.That(monthly.Single(m => m!["month"]!.GetValue<int>() == month)!["registered"]!.GetValue<long>(), Is.EqualTo(5));

            var text = progress.ToJsonString();
            Assert.That(Regex.IsMatch(text, @"1\d{10}"), Is.False, "no mobile in public progress");
            Assert.That(text, Does.Not.Contain("李秀英"));
            Assert.That((await host.Anonymous().Get("/api/progress?year=1990")).Expect(400).ErrorFields, Is.EqualTo(new[] { "year" }));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task The_public_page_shows_each_points_bar_in_Chinese()
    {
        var host = new TestHost();
        try
        {
            (await host.Admin().Put("/api/town", new { name = "扶欢镇", residentPopulation = 35000, targetRatio = 0.02 })).Expect(200);
            var pointId = await host.Admin().CreatePoint("石<龙>村", 500);
            await host.Admin().CreateVolunteer(pointId);
            var response = await host.CreateClient().GetAsync("/progress");
            Assert.That(response.Content.Headers.ContentType!.ToString(), Does.StartWith("text/html"));
            var html = await response.Content.ReadAsStringAsync();
            Assert.That(html, Does.Contain("lang=\"zh-CN\"").And.Contain("社区教育志愿者招募进度").And.Contain("viewport"));
            Assert.That(html, Does.Contain("石&lt;龙&gt;村").And.Not.Contain("石<龙>村"));
            Assert.That(html, Does.Contain("1 / 10").And.Contain("常住人口的 2%"));
            Assert.That(Regex.IsMatch(html, @"1\d{10}"), Is.False);
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task Cached_progress_and_leaderboards_never_lag_behind_a_write()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            var point = await admin.CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var year = DateTime.UtcNow.AddHours(8).Year;
            async Task<long> Active() => (await host.Anonymous().Get($"/api/progress?year={year}")).Json["town"]!["active"]!.GetValue<long>();
            async Task<int> Board() => (await admin.Get($"/api/leaderboard?year={year}")).Json["items"]!.AsArray().Count;
            Assert.That((await Active(), await Board()), Is.EqualTo((0L, 0)));
            Assert.That(await Active(), Is.EqualTo(0), "a second read is served from the cache");
            var volunteer = await coordinator.CreateVolunteer(point.PointId);
            Assert.That(await Active(), Is.EqualTo(1));
            await Ledger.RecordApproved(coordinator, admin, volunteer, 2);
            Assert.That(await Board(), Is.EqualTo(1));
            (await coordinator.Post($"/api/volunteers/{volunteer}/suspend")).Expect(200);
            Assert.That(await Active(), Is.EqualTo(0));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
