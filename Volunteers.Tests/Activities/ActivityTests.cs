using Volunteers.Tests.Support;

namespace Volunteers.Tests.Activities;

public sealed class ActivityTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await _host.Admin().CreatePointWithCoordinator("甲村");
        _b = await _host.Admin().CreatePointWithCoordinator("乙村");
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task Coordinators_see_their_own_points_and_the_towns_activities_only()
    {
        var town = await _host.Admin().CreateActivity(null, type: "reading-week");
        var mine = await _host.As(_a.Token).CreateActivity(_a.PointId);
        var theirs = await _host.As(_b.Token).CreateActivity(_b.PointId);

        var seen = (await _host.As(_a.Token).Get("/api/activities?pageSize=200")).Expect(200).Json["items"]!.AsArray().Select(a => a!["id"]!.GetValue<long>()).ToList();
        Assert.That(seen, Does.Contain(town).And.Contain(mine).And.Not.Contain(theirs));
        (await _host.As(_a.Token).Get($"/api/activities/{theirs}")).Expect(404);
        (await _host.As(_a.Token).Get($"/api/activities/{town}")).Expect(200);
        var all = (await _host.Admin().Get("/api/activities?pageSize=200")).Json["items"]!.AsArray().Select(a => a!["id"]!.GetValue<long>());
        Assert.That(all, Is.SupersetOf(new[] { town, mine, theirs }));
    }

    [Test]
    public async Task A_coordinator_cannot_create_town_level_or_another_points_activities()
    {
        var a = _host.As(_a.Token);
        Assert.That((await a.Post("/api/activities", new { title = "邻里节", type = "neighbourhood-festival", date = Ledger.Today })).Expect(400).ErrorFields,
            Is.EqualTo(new[] { "learningPointId" }));
        Assert.That((await a.Post("/api/activities", new { title = "邻里节", type = "neighbourhood-festival", learningPointId = _b.PointId, date = Ledger.Today }))
            .Expect(400).ErrorFields, Is.EqualTo(new[] { "learningPointId" }));
    }

    [Test]
    public async Task Types_come_from_the_plan_and_titles_are_needed()
    {
        var reply = (await _host.Admin().Post("/api/activities", new { title = " ", type = "party", date = Ledger.Today })).Expect(400);
        Assert.That(reply.ErrorFields, Is.EquivalentTo(new[] { "title", "type" }));
        Assert.That(reply.ErrorReason("type"), Does.Contain("背篼进农户"));
        var created = (await _host.Admin().Post("/api/activities", new { title = "背篼课堂", type = "beidou-home-visit", date = Ledger.Today })).Expect(201);
        Assert.That(created.Str("type"), Is.EqualTo("beidou-home-visit"));
        Assert.That(created.Json["learningPointId"], Is.Null);
    }
}
