using Volunteers.Tests.Support;

namespace Volunteers.Tests.Signups;

public sealed class SignupRuleTests
{
    private TestHost _host = null!;
    private TestClock _clock = null!;
    private PointWithCoordinator _a = null!;
    private ApiClient _coordinator = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _clock = new TestClock(SignupSetup.Now);
        _host = new TestHost { Clock = _clock };
        _a = await _host.Admin().CreatePointWithCoordinator("甲村");
        _coordinator = _host.As(_a.Token);
    }

    [SetUp] public void AtNine() => _clock.Set(SignupSetup.Now);

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private Task<long> Volunteer() => _coordinator.CreateVolunteer(_a.PointId);

    [Test]
    public async Task Places_are_confirmed_up_to_the_capacity_and_the_rest_wait_in_line()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 2);
        var replies = new List<Reply>();
        for (var i = 0; i < 4; i++) replies.Add((await _coordinator.SignUp(activity, await Volunteer())).Expect(201));

        Assert.That(replies.Select(r => r.Str("status")), Is.EqualTo(new[] { "confirmed", "confirmed", "waitlisted", "waitlisted" }));
        Assert.That(replies.Select(r => r.Json["position"]?.GetValue<int>()), Is.EqualTo(new int?[] { null, null, 1, 2 }));
        Assert.That(replies[0].Json["activityId"]!.GetValue<long>(), Is.EqualTo(activity));
        var roster = (await _coordinator.Roster(activity)).Expect(200).Json;
        Assert.That(roster["confirmed"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(roster["waitlisted"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(roster["items"]!.AsArray().Select(e => e!["id"]!.GetValue<long>()), Is.EqualTo(replies.Select(r => r.Id)));
    }

    [Test]
    public async Task Cancelling_a_confirmed_place_confirms_the_first_on_the_waitlist_and_moves_the_line_up()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 1);
        var first = (await _coordinator.SignUp(activity, await Volunteer())).Expect(201).Id;
        var second = (await _coordinator.SignUp(activity, await Volunteer())).Expect(201).Id;
        var third = (await _coordinator.SignUp(activity, await Volunteer())).Expect(201).Id;

        var cancelled = (await _coordinator.Delete($"/api/activities/{activity}/signups/{first}")).Expect(200).Json;
        Assert.That(cancelled["status"]!.GetValue<string>(), Is.EqualTo("cancelled"));
        Assert.That(cancelled["promoted"]!.AsArray().Select(p => p!.GetValue<long>()), Is.EqualTo(new[] { second }));
        var items = (await _coordinator.Roster(activity)).Json["items"]!.AsArray();
        Assert.That(items.Select(e => (e!["id"]!.GetValue<long>(), e["status"]!.GetValue<string>(), e["position"]?.GetValue<int>())),
            Is.EqualTo(new (long, string, int?)[] { (second, "confirmed", null), (third, "waitlisted", 1) }));

        var waiting = (await _coordinator.Delete($"/api/activities/{activity}/signups/{third}")).Expect(200).Json;
        Assert.That(waiting["promoted"]!.AsArray(), Is.Empty, "a waitlisted place freed no seat");
        (await _coordinator.Delete($"/api/activities/{activity}/signups/{third}")).Expect(409);
    }

    [Test]
    public async Task A_volunteer_suspended_or_withdrawn_gives_up_places_to_come_to_the_next_in_line()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 1);
        var past = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-01", start: "09:30", end: "10:30");
        var leaving = await Volunteer();
        (await _coordinator.SignUp(activity, leaving)).Expect(201);
        var next = (await _coordinator.SignUp(activity, await Volunteer())).Expect(201).Id;
        var earlier = (await _coordinator.SignUp(past, leaving)).Expect(201).Id;
        _clock.Set(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.FromHours(8)));

        (await _coordinator.Post($"/api/volunteers/{leaving}/withdraw", new { reason = "本人申请退出" })).Expect(200);
        var items = (await _coordinator.Roster(activity)).Json["items"]!.AsArray();
        Assert.That(items.Select(e => (e!["id"]!.GetValue<long>(), e["status"]!.GetValue<string>())), Is.EqualTo(new[] { (next, "confirmed") }));
        Assert.That((await _coordinator.Roster(past)).Json["items"]![0]!["id"]!.GetValue<long>(), Is.EqualTo(earlier), "a started activity keeps its roster");
    }

    [Test]
    public async Task A_volunteer_signs_up_once_per_activity_and_may_sign_up_again_after_cancelling()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId);
        var volunteer = await Volunteer();
        var first = (await _coordinator.SignUp(activity, volunteer)).Expect(201).Id;
        Assert.That((await _coordinator.SignUp(activity, volunteer)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("已报名"));
        (await _coordinator.Delete($"/api/activities/{activity}/signups/{first}")).Expect(200);
        Assert.That((await _coordinator.SignUp(activity, volunteer)).Expect(201).Id, Is.Not.EqualTo(first));
    }

    [Test]
    public async Task Only_an_active_volunteer_signs_up()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId);
        var registered = (await _host.Anonymous().Post("/api/registrations", People.Registration(_a.PointId))).Expect(201).Str("reference");
        var pending = (await _coordinator.Get($"/api/volunteers?status=pending&q={registered}")).Json["items"]![0]!["id"]!.GetValue<long>();
        Assert.That((await _coordinator.SignUp(activity, pending)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("待审核"));

        var suspended = await Volunteer();
        (await _coordinator.Post($"/api/volunteers/{suspended}/suspend", new { reason = "外出务工" })).Expect(200);
        Assert.That((await _coordinator.SignUp(activity, suspended)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("已暂停"));
        Assert.That((await _coordinator.Roster(activity)).Json["items"]!.AsArray(), Is.Empty, "a refusal writes nothing");
    }

    [Test]
    public async Task Past_the_deadline_no_one_signs_up_and_the_default_deadline_is_the_start()
    {
        var deadline = new DateTimeOffset(2027, 3, 5, 18, 0, 0, TimeSpan.FromHours(8));
        var withDeadline = await _coordinator.CreateOpenActivity(_a.PointId, deadline: deadline);
        var atStart = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-06", start: "14:00", end: "16:00");
        Assert.That((await _coordinator.Get($"/api/activities/{atStart}")).Json["signupDeadline"]!.GetValue<DateTimeOffset>(),
            Is.EqualTo(new DateTimeOffset(2027, 3, 6, 14, 0, 0, TimeSpan.FromHours(8))));

        _clock.Set(deadline.AddSeconds(-1));
        (await _coordinator.SignUp(withDeadline, await Volunteer())).Expect(201);
        _clock.Set(deadline);
        Assert.That((await _coordinator.SignUp(withDeadline, await Volunteer())).Expect(409).Json["detail"]!.GetValue<string>(),
            Does.Contain("报名已于 2027-03-05 18:00 截止"));
        (await _coordinator.SignUp(atStart, await Volunteer())).Expect(201);
        _clock.Set(new DateTimeOffset(2027, 3, 6, 14, 0, 0, TimeSpan.FromHours(8)));
        (await _coordinator.SignUp(atStart, await Volunteer())).Expect(409);
    }

    [Test]
    public async Task A_deadline_after_the_start_is_refused_naming_the_field()
    {
        var reply = await _coordinator.Post("/api/activities", new
        {
            title = "讲座",
            type = "lecture",
            learningPointId = _a.PointId,
            date = "2027-03-10",
            startTime = "09:00",
            endTime = "11:00",
            signupOpen = true,
            signupDeadline = "2027-03-10T02:00:00Z",
        });
        Assert.That(reply.Expect(400).ErrorFields, Is.EqualTo(new[] { "signupDeadline" }));
    }

    [Test]
    public async Task A_full_activity_without_a_waitlist_refuses_the_next_one()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 1, waitlist: false);
        (await _coordinator.SignUp(activity, await Volunteer())).Expect(201);
        Assert.That((await _coordinator.SignUp(activity, await Volunteer())).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("名额已满"));
    }

    [Test]
    public async Task An_activity_not_open_for_sign_up_or_cancelled_takes_no_sign_ups()
    {
        var closed = await _coordinator.CreateActivity(_a.PointId, date: "2027-03-10");
        Assert.That((await _coordinator.SignUp(closed, await Volunteer())).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("未开放报名"));

        var activity = await _coordinator.CreateOpenActivity(_a.PointId);
        var signed = (await _coordinator.SignUp(activity, await Volunteer())).Expect(201).Id;
        var cancelled = (await _coordinator.Post($"/api/activities/{activity}/cancel", new { reason = "暴雨预警，改期举行" })).Expect(200);
        Assert.That(cancelled.Str("cancelReason"), Is.EqualTo("暴雨预警，改期举行"));
        Assert.That((await _coordinator.SignUp(activity, await Volunteer())).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("暴雨预警"));
        (await _coordinator.Post($"/api/activities/{activity}/cancel", new { reason = "再次取消" })).Expect(409);
        Assert.That((await _coordinator.Roster(activity)).Json["items"]![0]!["id"]!.GetValue<long>(), Is.EqualTo(signed), "the sign-up stays, to see the reason");
        Assert.That((await _coordinator.Post($"/api/activities/{activity}/cancel", new { reason = " " })).Expect(400).ErrorFields, Is.EqualTo(new[] { "reason" }));
    }

    [Test]
    public async Task Two_places_at_the_same_time_are_refused_naming_the_other_activity()
    {
        var volunteer = await Volunteer();
        var morning = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-12", start: "09:00", end: "11:00", title: "亲子阅读");
        var overlapping = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-12", start: "10:30", end: "12:00", title: "健康讲座");
        var afterwards = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-12", start: "11:00", end: "12:00", title: "书法课");
        var wholeDay = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-12", start: null, end: null, title: "邻里节");

        (await _coordinator.SignUp(morning, volunteer)).Expect(201);
        var refused = (await _coordinator.SignUp(overlapping, volunteer)).Expect(409).Json["detail"]!.GetValue<string>();
        Assert.That(refused, Does.Contain("亲子阅读").And.Contain("2027-03-12 09:00–11:00"));
        (await _coordinator.SignUp(afterwards, volunteer)).Expect(201);
        (await _coordinator.SignUp(wholeDay, volunteer)).Expect(409);
    }

    [Test]
    public async Task A_sign_up_cannot_be_cancelled_once_the_activity_has_started()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-01", start: "10:00", end: "12:00");
        var signup = (await _coordinator.SignUp(activity, await Volunteer())).Expect(201).Id;
        _clock.Set(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.FromHours(8)));
        Assert.That((await _coordinator.Delete($"/api/activities/{activity}/signups/{signup}")).Expect(409).Json["detail"]!.GetValue<string>(),
            Does.Contain("已开始"));
    }

    [Test]
    public async Task Unknown_activities_volunteers_and_sign_ups_answer_404()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId);
        (await _coordinator.SignUp(999_999, await Volunteer())).Expect(404);
        (await _coordinator.SignUp(activity, 999_999)).Expect(404);
        (await _coordinator.Delete($"/api/activities/{activity}/signups/999999")).Expect(404);
        var other = await _coordinator.CreateOpenActivity(_a.PointId);
        var signup = (await _coordinator.SignUp(other, await Volunteer())).Expect(201).Id;
        (await _coordinator.Delete($"/api/activities/{activity}/signups/{signup}")).Expect(404);
    }
}
