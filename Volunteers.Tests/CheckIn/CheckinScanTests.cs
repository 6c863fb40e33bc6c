using Volunteers.Tests.Support;
using static Volunteers.Tests.Support.CheckinSetup;

namespace Volunteers.Tests.CheckIn;

/// <summary>Scanning in and out with the personal card on a clock the test sets: the window, the rounding rule, walk-ins, refusals.</summary>
public sealed class CheckinScanTests
{
    private TestHost _host = null!;
    private TestClock _clock = null!;
    private PointWithCoordinator _point = null!;
    private ApiClient _coordinator = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _clock = new TestClock(At(8, 0));
        _host = new TestHost { Clock = _clock };
        _point = await _host.Admin().CreatePointWithCoordinator("甲村");
        _coordinator = _host.As(_point.Token);
    }

    [SetUp] public void AtEight() => _clock.Set(At(8, 0));

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<(long Id, ApiClient Card)> Volunteer(long? signUpFor = null)
    {
        var id = await _coordinator.CreateVolunteer(_point.PointId);
        if (signUpFor is { } activity) (await _coordinator.SignUp(activity, id)).Expect(201);
        return (id, _host.WithCard(await _coordinator.Issue(id)));
    }

    [TestCase(14, 0.0)]
    [TestCase(15, 0.5)]
    [TestCase(44, 0.5)]
    [TestCase(45, 1.0)]
    [TestCase(74, 1.0)]
    [TestCase(75, 1.5)]
    [TestCase(105, 2.0)]
    public async Task Whole_hours_and_the_remainder_under_15_minutes_count_nothing_15_to_44_half_an_hour_45_and_over_an_hour(int minutes, double hours)
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (_, card) = await Volunteer(activity);
        _clock.Set(At(10, 0));
        var checkedIn = (await card.Scan(code)).Expect(200);
        Assert.That((checkedIn.Str("action"), checkedIn.Json["at"]!.GetValue<DateTimeOffset>()), Is.EqualTo(("in", At(10, 0))));
        _clock.Set(At(10, 0).AddMinutes(minutes));
        var checkedOut = (await card.Scan(code)).Expect(200);
        Assert.That(checkedOut.Str("action"), Is.EqualTo("out"));
        Assert.That(checkedOut.Json["minutes"]!.GetValue<int>(), Is.EqualTo(minutes));
        Assert.That(checkedOut.Json["hours"]!.GetValue<decimal>(), Is.EqualTo((decimal)hours));
    }

    [Test]
    public async Task Time_counts_only_from_30_minutes_before_the_start_to_30_after_the_end()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (_, early) = await Volunteer(activity);
        var (_, edge) = await Volunteer(activity);
        _clock.Set(At(9, 0));
        (await early.Scan(code)).Expect(200);
        _clock.Set(At(13, 10));
        var stay = (await early.Scan(code)).Expect(200);
        Assert.That((stay.Json["minutes"]!.GetValue<int>(), stay.Json["hours"]!.GetValue<decimal>()), Is.EqualTo((180, 3m)), "09:30 to 12:30");

        _clock.Set(At(9, 31));
        (await edge.Scan(code)).Expect(200);
        _clock.Set(At(12, 29));
        Assert.That((await edge.Scan(code)).Json["minutes"]!.GetValue<int>(), Is.EqualTo(178), "inside the allowances every minute counts");
    }

    [Test]
    public async Task The_code_works_from_60_minutes_before_the_start_to_180_after_the_end_and_not_a_minute_outside()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (_, card) = await Volunteer(activity);
        var (_, late) = await Volunteer(activity);
        _clock.Set(At(8, 59));
        var tooEarly = (await card.Scan(code)).Expect(409);
        Assert.That(tooEarly.Json["detail"]!.GetValue<string>(), Does.Contain("签到尚未开始").And.Contain("2027-03-01 09:00 至 15:00"));
        _clock.Set(At(9, 0));
        (await card.Scan(code)).Expect(200);

        _clock.Set(At(15, 0));
        (await late.Scan(code)).Expect(200);
        _clock.Set(At(15, 1));
        Assert.That((await late.Scan(code)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("签到已结束"));
        var list = (await _coordinator.Get($"/api/activities/{activity}/checkins")).Expect(200).Json;
        Assert.That(list["checkedIn"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_third_scan_is_a_409_telling_what_was_recorded()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (_, card) = await Volunteer(activity);
        _clock.Set(At(9, 55));
        (await card.Scan(code)).Expect(200);
        _clock.Set(At(12, 5));
        (await card.Scan(code)).Expect(200);
        var third = (await card.Scan(code)).Expect(409).Json["detail"]!.GetValue<string>();
        Assert.That(third, Does.Contain("09:55 签到").And.Contain("12:05 签退").And.Contain("计 2 小时"));
    }

    [Test]
    public async Task A_walk_in_checks_in_only_where_the_activity_allows_walk_ins()
    {
        var (closedDoor, closedCode) = await _coordinator.CheckinActivity(_point.PointId, walkIns: false, title: "报名参加的游学");
        var (_, signedUp) = await Volunteer(closedDoor);
        var (_, walkIn) = await Volunteer();
        _clock.Set(At(10, 0));
        Assert.That((await walkIn.Scan(closedCode)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("只接受已报名"));
        (await signedUp.Scan(closedCode)).Expect(200);

        var (open, openCode) = await _coordinator.CheckinActivity(_point.PointId);
        (await walkIn.Scan(openCode)).Expect(200);
        var line = (await _coordinator.Get($"/api/activities/{open}/checkins")).Json["items"]!.AsArray().Single()!;
        Assert.That(line["signedUp"]!.GetValue<bool>(), Is.False);
        Assert.That((await _coordinator.Get($"/api/activities/{closedDoor}/checkins")).Json["items"]![0]!["signedUp"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Unknown_codes_phones_set_to_another_time_and_pending_or_withdrawn_volunteers_are_refused_in_Chinese_with_no_write()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (id, card) = await Volunteer(activity);
        _clock.Set(At(10, 0));
        Assert.That((await card.Scan(new string('0', 32))).Expect(404).Json["detail"]!.GetValue<string>(), Is.EqualTo("签到码不存在"));
        (await card.Scan("not-a-code")).Expect(404);

        var phone = (await card.Scan(code, deviceTime: At(10, 0).AddMinutes(-11))).Expect(400);
        Assert.That(phone.ErrorFields, Is.EqualTo(new[] { "deviceTime" }));
        Assert.That(phone.ErrorReason("deviceTime"), Does.Contain("手机时间").And.Contain("2027-03-01 09:49"));
        (await card.Scan(code, deviceTime: At(10, 0).AddMinutes(9))).Expect(200);

        var pending = _host.WithCard(await _host.RegisterWithCard(_point.PointId));
        Assert.That((await pending.Scan(code)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("待审核"));
        var (leaving, leavingCard) = await Volunteer();
        (await _coordinator.Post($"/api/volunteers/{leaving}/withdraw", new { reason = "本人申请退出" })).Expect(200);
        (await leavingCard.Scan(code)).Expect(401);

        var items = (await _coordinator.Get($"/api/activities/{activity}/checkins")).Json["items"]!.AsArray();
        Assert.That(items.Select(i => i!["volunteerId"]!.GetValue<long>()), Is.EqualTo(new[] { id }), "only the one good scan was written");
    }

    [Test]
    public async Task Times_are_the_servers_whatever_the_phone_sends()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (_, card) = await Volunteer(activity);
        _clock.Set(At(10, 0));
        var scan = (await card.Scan(code, deviceTime: At(10, 5))).Expect(200);
        Assert.That(scan.Json["at"]!.GetValue<DateTimeOffset>(), Is.EqualTo(At(10, 0)));
    }
}
