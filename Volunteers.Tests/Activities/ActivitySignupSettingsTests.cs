using Volunteers.Tests.Support;

namespace Volunteers.Tests.Activities;

public sealed class ActivitySignupSettingsTests
{
    private TestHost _host = null!;
    private TestClock _clock = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private ApiClient _coordinator = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _clock = new TestClock(SignupSetup.Now);
        _host = new TestHost { Clock = _clock };
        _a = await _host.Admin().CreatePointWithCoordinator("甲村");
        _b = await _host.Admin().CreatePointWithCoordinator("乙村");
        _coordinator = _host.As(_a.Token);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task An_activity_keeps_its_times_capacity_and_sign_up_settings()
    {
        var id = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 30, start: "14:30", end: "16:00");
        var activity = (await _coordinator.Get($"/api/activities/{id}")).Expect(200).Json;
        Assert.That(activity["startTime"]!.GetValue<string>(), Is.EqualTo("14:30"));
        Assert.That(activity["endTime"]!.GetValue<string>(), Is.EqualTo("16:00"));
        Assert.That(activity["capacity"]!.GetValue<int>(), Is.EqualTo(30));
        Assert.That(activity["signupOpen"]!.GetValue<bool>(), Is.True);
        Assert.That(activity["waitlist"]!.GetValue<bool>(), Is.True);
        Assert.That(activity["walkIns"]!.GetValue<bool>(), Is.True);
        Assert.That(activity["signupDeadline"]!.GetValue<DateTimeOffset>(), Is.EqualTo(new DateTimeOffset(2027, 3, 10, 6, 30, 0, TimeSpan.Zero)));
        Assert.That(activity["cancelledAt"], Is.Null);
    }

    [TestCase("09:00", null, "endTime")]
    [TestCase(null, "11:00", "startTime")]
    [TestCase("11:00", "09:00", "endTime")]
    [TestCase("9:3", "11:00", "startTime")]
    [TestCase("25:00", "26:00", "startTime")]
    public async Task Times_come_as_an_ordered_pair_of_HH_mm(string? start, string? end, string field)
    {
        var reply = await _coordinator.Post("/api/activities", new { title = "讲座", type = "lecture", learningPointId = _a.PointId, date = "2027-03-10", startTime = start, endTime = end });
        Assert.That(reply.Expect(400).ErrorFields, Does.Contain(field));
    }

    [TestCase(0)]
    [TestCase(-5)]
    public async Task A_capacity_is_at_least_one(int capacity)
    {
        var reply = await _coordinator.Post("/api/activities", new { title = "讲座", type = "lecture", learningPointId = _a.PointId, date = "2027-03-10", capacity });
        Assert.That(reply.Expect(400).ErrorFields, Is.EqualTo(new[] { "capacity" }));
    }

    [Test]
    public async Task A_patch_changes_what_it_sends_and_more_places_confirm_the_waitlist()
    {
        var id = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 1);
        var signups = new List<long>();
        for (var i = 0; i < 4; i++) signups.Add((await _coordinator.SignUp(id, await _coordinator.CreateVolunteer(_a.PointId))).Expect(201).Id);

        var patched = (await _coordinator.Patch($"/api/activities/{id}", new { capacity = 2, description = "请带上老花镜" })).Expect(200).Json;
        Assert.That(patched["capacity"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(patched["description"]!.GetValue<string>(), Is.EqualTo("请带上老花镜"));
        Assert.That(patched["startTime"]!.GetValue<string>(), Is.EqualTo("09:00"), "fields not sent stay");
        Assert.That((await _coordinator.Roster(id)).Json["confirmed"]!.GetValue<int>(), Is.EqualTo(2));

        Assert.That((await _coordinator.Patch($"/api/activities/{id}", new { capacity = 1 })).Expect(409).ErrorFields, Is.EqualTo(new[] { "capacity" }));
        var unlimited = (await _coordinator.Patch($"/api/activities/{id}", new Dictionary<string, object?> { ["capacity"] = null, ["description"] = "" })).Expect(200).Json;
        Assert.That(unlimited["capacity"], Is.Null);
        Assert.That(unlimited["description"], Is.Null);
        var roster = (await _coordinator.Roster(id)).Json;
        Assert.That(roster["confirmed"]!.GetValue<int>(), Is.EqualTo(4), "no limit: the whole waitlist is confirmed");
    }

    [Test]
    public async Task A_patch_is_checked_as_a_whole_and_a_cancelled_activity_takes_none()
    {
        var id = await _coordinator.CreateOpenActivity(_a.PointId);
        Assert.That((await _coordinator.Patch($"/api/activities/{id}", new { endTime = "08:00" })).Expect(400).ErrorFields, Is.EqualTo(new[] { "endTime" }));
        Assert.That((await _coordinator.Patch($"/api/activities/{id}", new { colour = "red" })).Expect(400).Code, Is.EqualTo(400));
        (await _coordinator.Post($"/api/activities/{id}/cancel", new { reason = "场地维修" })).Expect(200);
        (await _coordinator.Patch($"/api/activities/{id}", new { title = "新名称" })).Expect(409);
    }

    [Test]
    public async Task The_open_list_is_public_shows_places_left_and_nothing_personal()
    {
        var point = await _host.Admin().CreatePointWithCoordinator("丙村");
        var staff = _host.As(point.Token);
        var limited = await staff.CreateOpenActivity(point.PointId, capacity: 3, title: "书法课");
        var unlimited = await staff.CreateOpenActivity(point.PointId, title: "广场舞");
        var notOpen = await staff.CreateActivity(point.PointId, date: "2027-03-10");
        var cancelled = await staff.CreateOpenActivity(point.PointId, title: "取消的");
        var started = await staff.CreateOpenActivity(point.PointId, date: "2027-03-01", start: "08:00", end: "10:00", title: "已开始");
        (await staff.Post($"/api/activities/{cancelled}/cancel", new { reason = "下雨" })).Expect(200);
        (await staff.SignUp(limited, await staff.CreateVolunteer(point.PointId))).Expect(201);

        var reply = (await _host.Anonymous().Get($"/api/activities/open?learningPointId={point.PointId}")).Expect(200);
        var items = reply.Json["items"]!.AsArray();
        Assert.That(items.Select(i => i!["id"]!.GetValue<long>()), Is.EquivalentTo(new[] { limited, unlimited }));
        Assert.That(items.Select(i => i!["id"]!.GetValue<long>()), Has.None.EqualTo(notOpen).And.None.EqualTo(started));
        var first = items.Single(i => i!["id"]!.GetValue<long>() == limited)!;
        Assert.That(first["seatsLeft"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(first["learningPointName"]!.GetValue<string>(), Is.EqualTo("丙村"));
        Assert.That(first["typeName"]!.GetValue<string>(), Is.EqualTo("讲座"));
        Assert.That(items.Single(i => i!["id"]!.GetValue<long>() == unlimited)!["seatsLeft"], Is.Null);
        Assert.That(reply.Json.ToJsonString(), Does.Not.Contain("createdBy").And.Not.Contain("volunteer").And.Not.Match(@"1\d{10}"));
    }

    [Test]
    public async Task Another_points_coordinator_reaches_none_of_it()
    {
        var id = await _coordinator.CreateOpenActivity(_a.PointId);
        var signup = (await _coordinator.SignUp(id, await _coordinator.CreateVolunteer(_a.PointId))).Expect(201).Id;
        var other = _host.As(_b.Token);
        var volunteerOfB = await other.CreateVolunteer(_b.PointId);
        (await other.Roster(id)).Expect(404);
        (await other.Get($"/api/activities/{id}/roster.pdf")).Expect(404);
        (await other.SignUp(id, volunteerOfB)).Expect(404);
        (await other.Post($"/api/activities/{id}/signups", new { })).Expect(404);
        (await other.Delete($"/api/activities/{id}/signups/{signup}")).Expect(404);
        (await other.Patch($"/api/activities/{id}", new { title = "改名" })).Expect(404);
        (await other.Patch($"/api/activities/{id}", new { capacity = -1 })).Expect(404);
        (await other.Post($"/api/activities/{id}/cancel", new { reason = "不办了" })).Expect(404);
        (await other.Post($"/api/activities/{id}/cancel", new { })).Expect(404);
        Assert.That((await _coordinator.Roster(id)).Json["items"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That((await _coordinator.Get($"/api/activities/{id}")).Json["cancelledAt"], Is.Null);

        var town = await _host.Admin().CreateOpenActivity(null, title: "镇级讲座");
        (await _coordinator.SignUp(town, volunteerOfB)).Expect(404);
        (await other.SignUp(town, volunteerOfB)).Expect(201);
    }
}
