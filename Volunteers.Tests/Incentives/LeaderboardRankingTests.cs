using Volunteers.Tests.Support;

namespace Volunteers.Tests.Incentives;

/// <summary>Each test ranks the volunteers of a learning point of its own, so they share one host.</summary>
public sealed class LeaderboardRankingTests
{
    private TestHost _host = null!;
    private ApiClient Admin => _host.Admin();
    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    [OneTimeSetUp] public void Start() => _host = new TestHost();
    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<List<(long Id, decimal Hours, int Records, int Rank)>> Board(long pointId, int year, int top = 20)
    {
        var items = (await Admin.Get($"/api/leaderboard?year={year}&learningPointId={pointId}&top={top}")).Expect(200).Json["items"]!.AsArray();
        return items.Select(e => (e!["volunteerId"]!.GetValue<long>(), e["hours"]!.GetValue<decimal>(), e["records"]!.GetValue<int>(),
            e["rank"]!.GetValue<int>())).ToList();
    }

    [Test]
    public async Task Equal_hours_rank_by_records_and_each_entry_carries_its_record_count()
    {
        var point = await Admin.CreatePointWithCoordinator("甲村");
        var a = _host.As(point.Token);
        var fewer = await a.CreateVolunteer(point.PointId);
        var more = await a.CreateVolunteer(point.PointId);
        await Ledger.RecordApproved(a, Admin, fewer, 5, Ledger.Today);
        await Ledger.RecordApproved(a, Admin, more, 2, Ledger.Today);
        await Ledger.RecordApproved(a, Admin, more, 3, Ledger.Today);

        Assert.That(await Board(point.PointId, ThisYear), Is.EqualTo(new[] { (more, 5m, 2, 1), (fewer, 5m, 1, 2) }));
        Assert.That(await Board(point.PointId, ThisYear, top: 1), Is.EqualTo(new[] { (more, 5m, 2, 1) }));
    }

    [Test]
    public async Task A_reversal_takes_back_the_record_and_a_volunteer_left_with_no_hours_leaves_the_board()
    {
        var point = await Admin.CreatePointWithCoordinator("乙村");
        var a = _host.As(point.Token);
        var kept = await a.CreateVolunteer(point.PointId);
        var gone = await a.CreateVolunteer(point.PointId);
        var first = await Ledger.RecordApproved(a, Admin, kept, 4, Ledger.Today);
        await Ledger.RecordApproved(a, Admin, kept, 1, Ledger.Today);
        var only = await Ledger.RecordApproved(a, Admin, gone, 6, Ledger.Today);

        (await a.Post($"/api/service-records/{first}/reverse", new { reason = "录错" })).Expect(201);
        (await a.Post($"/api/service-records/{only}/reverse", new { reason = "录错" })).Expect(201);
        Assert.That(await Board(point.PointId, ThisYear), Is.EqualTo(new[] { (kept, 1m, 1, 1) }));
    }

    [Test]
    public async Task Hours_count_in_the_year_of_their_service_date()
    {
        var point = await Admin.CreatePointWithCoordinator("丙村");
        var a = _host.As(point.Token);
        var volunteer = await a.CreateVolunteer(point.PointId);
        var lastYear = ThisYear - 1;
        await Ledger.RecordApproved(a, Admin, volunteer, 3, $"{lastYear}-06-15");
        await Ledger.RecordApproved(a, Admin, volunteer, 2, Ledger.Today);

        Assert.That(await Board(point.PointId, lastYear), Is.EqualTo(new[] { (volunteer, 3m, 1, 1) }));
        Assert.That(await Board(point.PointId, ThisYear), Is.EqualTo(new[] { (volunteer, 2m, 1, 1) }));
        var json = (await a.Get($"/api/volunteers/{volunteer}")).Expect(200).Json;
        Assert.That(json["approvedHours"]!.GetValue<decimal>(), Is.EqualTo(5m));
        Assert.That(json["yearHours"]!.GetValue<decimal>(), Is.EqualTo(2m));
    }
}
