using Volunteers.Tests.Support;
using static Volunteers.Tests.Support.CheckinSetup;

namespace Volunteers.Tests.CheckIn;

/// <summary>The opening of an activity: hundreds of phones scanning at once, each counted once.</summary>
public sealed class CheckinConcurrencyTests
{
    private TestHost _host = null!;
    private TestClock _clock = null!;
    private ApiClient _coordinator = null!;
    private long _point;

    [OneTimeSetUp]
    public async Task Start()
    {
        _clock = new TestClock(At(8, 0));
        _host = new TestHost { Clock = _clock };
        var point = await _host.Admin().CreatePointWithCoordinator("甲村");
        (_coordinator, _point) = (_host.As(point.Token), point.PointId);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task Three_hundred_volunteers_checking_in_and_out_at_once_make_300_check_ins_and_300_records_on_closing()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point);
        var cards = new List<string>();
        for (var i = 0; i < 300; i++) cards.Add(await _coordinator.Issue(await _coordinator.CreateVolunteer(_point)));

        _clock.Set(At(9, 50));
        var ins = await Task.WhenAll(cards.Select(k => Task.Run(() => _host.WithCard(k).Scan(code))));
        Assert.That(ins.Select(r => r.Code), Is.All.EqualTo(200));
        Assert.That(ins.Select(r => r.Str("action")), Is.All.EqualTo("in"));
        Assert.That(ins.Select(r => r.Json["checkinId"]!.GetValue<long>()).Distinct().Count(), Is.EqualTo(300));
        // A second press at once for the first 20, racing the check-outs of the others: each is a check-out or told it is done.
        _clock.Set(At(12, 10));
        var outs = await Task.WhenAll(cards.Concat(cards.Take(20)).Select(k => Task.Run(() => _host.WithCard(k).Scan(code))));
        Assert.That(outs.Count(r => r.Code == 200 && r.Str("action") == "out"), Is.EqualTo(300));
        Assert.That(outs.Count(r => r.Code == 409), Is.EqualTo(20));

        var list = (await _coordinator.Get($"/api/activities/{activity}/checkins")).Expect(200).Json;
        Assert.That((list["checkedIn"]!.GetValue<int>(), list["checkedOut"]!.GetValue<int>()), Is.EqualTo((300, 300)));
        var created = (await _coordinator.Post($"/api/activities/{activity}/close")).Expect(201).Json["created"]!.AsArray();
        Assert.That(created.Select(i => i!.GetValue<long>()).Distinct().Count(), Is.EqualTo(300));
        var pending = (await _host.Admin().Get("/api/service-records?status=pending&pageSize=1")).Expect(200).Json["total"]!.GetValue<int>();
        Assert.That(pending, Is.EqualTo(300));
    }
}
