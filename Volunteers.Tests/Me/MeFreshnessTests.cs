using Volunteers.Tests.Support;

namespace Volunteers.Tests.Me;

/// <summary>The volunteer's page is kept between writes: each answer must still be what the database and the hour say now.</summary>
public sealed class MeFreshnessTests
{
    // 23:30 on New Year's Eve in Shanghai.
    private static readonly DateTimeOffset NewYearsEve = new(2026, 12, 31, 15, 30, 0, TimeSpan.Zero);

    private TestHost _host = null!;
    private TestClock _clock = null!;
    private ApiClient _coordinator = null!;
    private long _point;

    [SetUp]
    public async Task Start()
    {
        _clock = new TestClock(NewYearsEve);
        _host = new TestHost { Clock = _clock };
        var point = await _host.Admin().CreatePointWithCoordinator();
        (_coordinator, _point) = (_host.As(point.Token), point.PointId);
    }

    [TearDown] public void Stop() => _host.DisposeAndDelete();

    private static async Task<string> Hours(ApiClient card) => (await card.Get("/api/me")).Expect(200).Json["hours"]!.ToJsonString();

    [Test]
    public async Task An_approval_shows_on_the_next_read_of_a_page_already_read()
    {
        var volunteer = await _coordinator.CreateVolunteer(_point);
        var card = _host.WithCard(await _coordinator.Issue(volunteer));
        var record = (await _coordinator.Record(volunteer, 2, "2026-12-31")).Expect(201).Id;
        Assert.That(await Hours(card), Is.EqualTo("""{"approved":0,"year":0,"pending":2}"""));
        (await _host.Admin().Post($"/api/service-records/{record}/approve")).Expect(200);
        Assert.That(await Hours(card), Is.EqualTo("""{"approved":2,"year":2,"pending":0}"""));
    }

    [Test]
    public async Task The_years_hours_start_again_at_midnight_and_a_place_stops_being_cancellable_at_the_start_with_no_write_between()
    {
        var volunteer = await _coordinator.CreateVolunteer(_point);
        var card = _host.WithCard(await _coordinator.Issue(volunteer));
        await Ledger.RecordApproved(_coordinator, _host.Admin(), volunteer, 2, "2026-12-31");
        var activity = await _coordinator.CreateOpenActivity(_point, date: "2027-01-01", start: "09:00", end: "11:00");
        (await card.Post("/api/me/signups", new { activityId = activity })).Expect(201);
        var before = (await card.Get("/api/me")).Expect(200).Json;
        Assert.That(before["hours"]!.ToJsonString(), Is.EqualTo("""{"approved":2,"year":2,"pending":0}"""));
        Assert.That(before["signups"]![0]!["canCancel"]!.GetValue<bool>(), Is.True);

        _clock.Set(NewYearsEve.AddHours(1));
        Assert.That(await Hours(card), Is.EqualTo("""{"approved":2,"year":0,"pending":0}"""), "00:30 on 1 January: a new year");

        _clock.Set(NewYearsEve.AddHours(10));
        Assert.That((await card.Get("/api/me")).Json["signups"]![0]!["canCancel"]!.GetValue<bool>(), Is.False, "09:30: the activity has started");
    }
}
