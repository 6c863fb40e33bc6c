using Volunteers.Tests.Support;

namespace Volunteers.Tests.Volunteers;

/// <summary>A coordinator reaches only their own learning point; anything of another point answers as if absent.</summary>
public sealed class VolunteerScopeTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private long _volunteerOfA, _volunteerOfB;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        var admin = _host.Admin();
        _a = await admin.CreatePointWithCoordinator("甲村");
        _b = await admin.CreatePointWithCoordinator("乙村");
        _volunteerOfA = await _host.As(_a.Token).CreateVolunteer(_a.PointId);
        _volunteerOfB = await _host.As(_b.Token).CreateVolunteer(_b.PointId);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task Another_points_volunteer_answers_404_on_every_route()
    {
        var a = _host.As(_a.Token);
        var id = _volunteerOfB;
        (await a.Get($"/api/volunteers/{id}")).Expect(404);
        (await a.Patch($"/api/volunteers/{id}", new { workplace = "x" })).Expect(404);
        foreach (var action in new[] { "approve", "suspend", "withdraw" }) (await a.Post($"/api/volunteers/{id}/{action}")).Expect(404);
        var untouched = (await _host.Admin().Get($"/api/volunteers/{id}")).Expect(200);
        Assert.That(untouched.Str("status"), Is.EqualTo("active"));
        Assert.That(untouched.Json["workplace"]!.GetValue<string>(), Is.Not.EqualTo("x"));
    }

    [Test]
    public async Task Lists_never_show_another_points_volunteers()
    {
        var a = _host.As(_a.Token);
        var all = (await a.Get("/api/volunteers?pageSize=200")).Expect(200).Json["items"]!.AsArray();
        Assert.That(all.Select(v => v!["learningPointId"]!.GetValue<long>()), Has.All.EqualTo(_a.PointId));
        Assert.That(all.Select(v => v!["id"]!.GetValue<long>()), Does.Contain(_volunteerOfA));
        var askedForB = (await a.Get($"/api/volunteers?learningPointId={_b.PointId}")).Expect(200).Json["items"]!.AsArray();
        Assert.That(askedForB.Select(v => v!["learningPointId"]!.GetValue<long>()), Has.All.EqualTo(_a.PointId));
    }

    [Test]
    public async Task A_coordinator_cannot_register_into_or_move_a_volunteer_to_another_point()
    {
        var a = _host.As(_a.Token);
        Assert.That((await a.Post("/api/volunteers", People.Volunteer(_b.PointId))).Expect(400).ErrorFields, Is.EqualTo(new[] { "learningPointId" }));
        Assert.That((await a.Patch($"/api/volunteers/{_volunteerOfA}", new { learningPointId = _b.PointId })).Expect(400).ErrorFields,
            Is.EqualTo(new[] { "learningPointId" }));
        Assert.That((await _host.Admin().Get($"/api/volunteers/{_volunteerOfA}")).Json["learningPointId"]!.GetValue<long>(), Is.EqualTo(_a.PointId));
    }

    [Test]
    public async Task The_town_admin_reaches_every_point()
    {
        var admin = _host.Admin();
        (await admin.Get($"/api/volunteers/{_volunteerOfA}")).Expect(200);
        (await admin.Get($"/api/volunteers/{_volunteerOfB}")).Expect(200);
        var points = (await admin.Get("/api/volunteers?pageSize=200")).Json["items"]!.AsArray().Select(v => v!["learningPointId"]!.GetValue<long>()).Distinct();
        Assert.That(points, Is.SupersetOf(new[] { _a.PointId, _b.PointId }));
    }

    [Test]
    public async Task Without_a_token_nothing_is_shown()
    {
        var anonymous = _host.Anonymous();
        (await anonymous.Get("/api/volunteers")).Expect(401);
        (await anonymous.Get($"/api/volunteers/{_volunteerOfA}")).Expect(401);
        (await anonymous.Post("/api/volunteers", People.Volunteer(_a.PointId))).Expect(401);
    }
}
