using Ical.Net;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Signups;

/// <summary>A volunteer's own sign-ups with their personal card: the same rules, their own sign-ups only, and their calendar.</summary>
public sealed class MySignupTests
{
    private TestHost _host = null!;
    private TestClock _clock = null!;
    private PointWithCoordinator _a = null!;
    private ApiClient _coordinator = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _clock = new TestClock(SignupSetup.Now);
        _host = new TestHost { Clock = _clock, };
        _a = await _host.Admin().CreatePointWithCoordinator("甲村");
        _coordinator = _host.As(_a.Token);
    }

    [SetUp] public void AtNine() => _clock.Set(SignupSetup.Now);

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<(long Id, ApiClient Card)> Volunteer()
    {
        var id = await _coordinator.CreateVolunteer(_a.PointId);
        return (id, _host.WithCard(await _coordinator.Issue(id)));
    }

    private static Task<Reply> SignUp(ApiClient card, long activityId) => card.Post("/api/me/signups", new { activityId });

    [Test]
    public async Task A_volunteer_signs_up_waits_in_line_and_sees_both_on_their_page()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 1, title: "重阳敬老");
        var (_, first) = await Volunteer();
        var (_, second) = await Volunteer();
        var confirmed = (await SignUp(first, activity)).Expect(201);
        Assert.That(confirmed.Str("status"), Is.EqualTo("confirmed"));
        Assert.That(confirmed.Json["activityId"]!.GetValue<long>(), Is.EqualTo(activity));
        var waiting = (await SignUp(second, activity)).Expect(201);
        Assert.That((waiting.Str("status"), waiting.Json["position"]!.GetValue<int>()), Is.EqualTo(("waitlisted", 1)));

        var mine = (await second.Get("/api/me")).Expect(200).Json["signups"]!.AsArray().Single()!;
        Assert.That(mine["id"]!.GetValue<long>(), Is.EqualTo(waiting.Id));
        Assert.That(mine["title"]!.GetValue<string>(), Is.EqualTo("重阳敬老"));
        Assert.That((mine["status"]!.GetValue<string>(), mine["position"]!.GetValue<int>()), Is.EqualTo(("waitlisted", 1)));

        (await first.Delete($"/api/me/signups/{confirmed.Id}")).Expect(200);
        var promoted = (await second.Get("/api/me")).Json["signups"]![0]!;
        Assert.That((promoted["status"]!.GetValue<string>(), promoted["position"]), Is.EqualTo(("confirmed", (System.Text.Json.Nodes.JsonNode?)null)));
        Assert.That((await first.Get("/api/me")).Json["signups"]!.AsArray(), Is.Empty, "a cancelled sign-up leaves the page");
    }

    [Test]
    public async Task The_same_rules_apply_to_the_volunteers_own_sign_up()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-11");
        var (_, card) = await Volunteer();
        (await SignUp(card, activity)).Expect(201);
        (await SignUp(card, activity)).Expect(409);
        var overlapping = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-11", start: "10:00", end: "12:00", title: "同时段");
        Assert.That((await SignUp(card, overlapping)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("家庭教育讲座"));
        (await SignUp(card, 987654)).Expect(404);
        Assert.That((await card.Post("/api/me/signups", new { })).Expect(400).ErrorFields, Is.EqualTo(new[] { "activityId" }));

        var pending = _host.WithCard(await _host.RegisterWithCard(_a.PointId));
        Assert.That((await SignUp(pending, activity)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("待审核"));
        Assert.That((await pending.Get("/api/me")).Json["signups"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_card_reaches_only_its_own_sign_ups_and_no_staff_route()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId);
        var (_, owner) = await Volunteer();
        var (otherId, other) = await Volunteer();
        var signup = (await SignUp(owner, activity)).Expect(201).Id;
        (await other.Delete($"/api/me/signups/{signup}")).Expect(404);
        (await other.Get($"/api/activities/{activity}/signups")).Expect(401);
        (await other.Post($"/api/activities/{activity}/signups", new { volunteerId = otherId })).Expect(401);
        (await other.Delete($"/api/activities/{activity}/signups/{signup}")).Expect(401);
        (await _coordinator.Post("/api/me/signups", new { activityId = activity })).Expect(401);
        Assert.That((await _coordinator.Roster(activity)).Json["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_calendar_holds_the_confirmed_activities_in_Shanghai_time_and_strikes_a_cancelled_one()
    {
        var (_, card) = await Volunteer();
        var kept = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-15", start: "19:30", end: "21:00", title: "广场舞教学");
        var cancelled = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-16", title: "春季植树");
        var full = await _coordinator.CreateOpenActivity(_a.PointId, date: "2027-03-17", capacity: 1, title: "候补的");
        (await _coordinator.SignUp(full, await _coordinator.CreateVolunteer(_a.PointId))).Expect(201);
        foreach (var id in new[] { kept, cancelled, full }) (await SignUp(card, id)).Expect(201);
        (await _coordinator.Post($"/api/activities/{cancelled}/cancel", new { reason = "大风天气" })).Expect(200);

        var response = await card.Client.GetAsync("/api/me/calendar.ics");
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/calendar"));
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.That(calendar.Events.Select(e => e.Summary), Is.EquivalentTo(new[] { "广场舞教学", "春季植树" }), "the waitlisted one is not in it");
        var dance = calendar.Events.Single(e => e.Summary == "广场舞教学");
        Assert.That(dance.DtStart!.TzId, Is.EqualTo("Asia/Shanghai"));
        Assert.That(dance.DtStart.AsUtc, Is.EqualTo(new DateTime(2027, 3, 15, 11, 30, 0, DateTimeKind.Utc)));
        Assert.That(dance.Alarms.Single().Trigger!.Duration!.Value.ToTimeSpanUnspecified(), Is.EqualTo(TimeSpan.FromDays(-1)));
        Assert.That(dance.Location, Is.EqualTo("村委会"));
        var struck = calendar.Events.Single(e => e.Summary == "春季植树");
        Assert.That((struck.Status, struck.Description), Is.EqualTo(("CANCELLED", "活动已取消：大风天气")));
        Assert.That(calendar.TimeZones.Single().TzId, Is.EqualTo("Asia/Shanghai"));
        var mine = (await card.Get("/api/me")).Json["signups"]!.AsArray();
        Assert.That(mine.Single(s => s!["activityId"]!.GetValue<long>() == cancelled)!["cancelReason"]!.GetValue<string>(), Is.EqualTo("大风天气"));
        Assert.That((int)(await _coordinator.Client.GetAsync("/api/me/calendar.ics")).StatusCode, Is.EqualTo(401), "a staff token is not a card");
    }
}
