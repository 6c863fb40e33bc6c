using Volunteers.Tests.Support;

namespace Volunteers.Tests.Incentives;

public sealed class IncentiveTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);

    [OneTimeSetUp]
    public async Task Start()
    {
        // Low thresholds so a few records reach them; the rule is the same as 100/300/600/1000/1500.
        _host = new TestHost(settings: new Dictionary<string, string?>
        {
            ["Volunteers:Incentives:StarThresholds"] = "10,20,30",
            ["Volunteers:Incentives:PointsPerHour"] = "3",
        });
        _a = await Admin.CreatePointWithCoordinator("甲村");
        _b = await Admin.CreatePointWithCoordinator("乙村");
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task Stars_follow_approved_lifetime_hours_with_the_date_each_was_reached()
    {
        var v = await A.CreateVolunteer(_a.PointId);
        await Ledger.RecordApproved(A, Admin, v, 9.5m, Ledger.DaysAgo(1));
        Assert.That((await A.Totals(v)).Stars, Is.Zero);
        var tipping = await Ledger.RecordApproved(A, Admin, v, 0.5m, Ledger.DaysAgo(2));
        Assert.That((await A.Totals(v)).Stars, Is.EqualTo(1));
        await Ledger.RecordApproved(A, Admin, v, 12, Ledger.DaysAgo(3));
        var json = (await A.Get($"/api/volunteers/{v}")).Json;
        Assert.That(json["starLevel"]!.GetValue<int>(), Is.EqualTo(2));
        var stars = json["stars"]!.AsArray();
        Assert.That(stars.Select(s => s!["level"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(stars.Select(s => s!["hours"]!.GetValue<int>()), Is.EqualTo(new[] { 10, 20 }));
        Assert.That(stars[0]!["reachedOn"]!.GetValue<string>(), Is.EqualTo(Ledger.Today));

        (await A.Post($"/api/service-records/{tipping}/reverse", new { reason = "录错" })).Expect(201);
        Assert.That((await A.Totals(v)).Stars, Is.EqualTo(2), "21.5 hours still holds two stars");
    }

    [Test]
    public async Task Points_come_per_approved_hour_and_redemptions_never_go_below_zero()
    {
        var v = await A.CreateVolunteer(_a.PointId);
        var record = await Ledger.RecordApproved(A, Admin, v, 5.5m);
        Assert.That((await A.Totals(v)).Points, Is.EqualTo(16), "5.5 h × 3 points, rounded down");

        var spent = (await A.Post($"/api/volunteers/{v}/redemptions", new { points = 10, item = "笔记本" })).Expect(201);
        Assert.That(spent.Json["balance"]!.GetValue<int>(), Is.EqualTo(6));
        var short_ = (await A.Post($"/api/volunteers/{v}/redemptions", new { points = 7, item = "保温杯" })).Expect(409);
        Assert.That(short_.ErrorFields, Is.EqualTo(new[] { "points" }));
        Assert.That(short_.Str("detail"), Does.Contain("6"));
        Assert.That((await A.Totals(v)).Points, Is.EqualTo(6));

        (await A.Post($"/api/service-records/{record}/reverse", new { reason = "录错" })).Expect(201);
        Assert.That((await A.Totals(v)).Points, Is.Zero, "a reversal takes back only the points not yet redeemed");
        Assert.That((await A.Post($"/api/volunteers/{v}/redemptions", new { points = 0, item = "x" })).Expect(400).ErrorFields, Is.EqualTo(new[] { "points" }));
    }

    [Test]
    public async Task A_coordinator_redeems_only_for_their_own_volunteers()
    {
        var ofB = await _host.As(_b.Token).CreateVolunteer(_b.PointId);
        (await A.Post($"/api/volunteers/{ofB}/redemptions", new { points = 1, item = "笔" })).Expect(404);
    }

    [Test]
    public async Task The_leaderboard_ranks_year_hours_then_records_and_is_scoped()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            var a = await admin.CreatePointWithCoordinator("甲村");
            var b = await admin.CreatePointWithCoordinator("乙村");
            var ca = host.As(a.Token);
            var first = await ca.CreateVolunteer(a.PointId);
            var second = await ca.CreateVolunteer(a.PointId);
            var third = await host.As(b.Token).CreateVolunteer(b.PointId);
            await Ledger.RecordApproved(ca, admin, first, 4, Ledger.DaysAgo(1));
            await Ledger.RecordApproved(ca, admin, first, 4, Ledger.DaysAgo(2));
            await Ledger.RecordApproved(ca, admin, second, 8, Ledger.DaysAgo(1));
            await Ledger.RecordApproved(host.As(b.Token), admin, third, 3, Ledger.DaysAgo(1));
            await ca.CreateVolunteer(a.PointId);

            var year = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8).AddDays(-2)).Year;
            var board = (await admin.Get($"/api/leaderboard?year={year}")).Expect(200).Json["items"]!.AsArray();
            Assert.That(board.Select(e => e!["volunteerId"]!.GetValue<long>()), Is.EqualTo(new[] { first, second, third }));
            Assert.That(board.Select(e => e!["rank"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(board.Select(e => e!["hours"]!.GetValue<decimal>()), Is.EqualTo(new[] { 8m, 8m, 3m }));

            var scoped = (await ca.Get($"/api/leaderboard?year={year}&learningPointId={b.PointId}")).Expect(200).Json["items"]!.AsArray();
            Assert.That(scoped.Select(e => e!["volunteerId"]!.GetValue<long>()), Is.EqualTo(new[] { first, second }));
            (await host.Anonymous().Get("/api/leaderboard")).Expect(401);
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
