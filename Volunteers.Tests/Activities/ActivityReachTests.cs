using Volunteers.Tests.Support;

namespace Volunteers.Tests.Activities;

public sealed class ActivityReachTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private long _town, _ofA, _ofAEarlier, _ofB;
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await Admin.CreatePointWithCoordinator("甲村");
        _b = await Admin.CreatePointWithCoordinator("乙村");
        _town = await Admin.CreateActivity(null, Ledger.DaysAgo(2), "reading-week");
        _ofA = await A.CreateActivity(_a.PointId, Ledger.DaysAgo(2));
        _ofAEarlier = await A.CreateActivity(_a.PointId, Ledger.DaysAgo(9));
        _ofB = await _host.As(_b.Token).CreateActivity(_b.PointId, Ledger.DaysAgo(2));
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<List<long>> Listed(ApiClient api, string query) =>
        (await api.Get("/api/activities?pageSize=200&" + query)).Expect(200).Json["items"]!.AsArray().Select(a => a!["id"]!.GetValue<long>()).ToList();

    [Test]
    public async Task A_coordinator_records_hours_at_a_town_activity_but_not_at_another_points()
    {
        var volunteer = await A.CreateVolunteer(_a.PointId);
        (await A.Post($"/api/activities/{_town}/attendance", new { entries = new[] { new { volunteerId = volunteer, hours = 2 } } })).Expect(201);
        var single = (await A.Record(volunteer, 1, Ledger.DaysAgo(2), _town)).Expect(201);
        Assert.That(single.Json["activityId"]!.GetValue<long>(), Is.EqualTo(_town));
        (await A.Record(volunteer, 1, Ledger.DaysAgo(2), _ofB)).Expect(404);
        (await A.Record(volunteer, 1, Ledger.DaysAgo(2), 987654)).Expect(404);
        (await Admin.Get("/api/activities/987654")).Expect(404);
    }

    [Test]
    public async Task Dates_bound_the_list_inclusively()
    {
        Assert.That(await Listed(Admin, $"from={Ledger.DaysAgo(2)}&to={Ledger.DaysAgo(2)}"), Is.EquivalentTo(new[] { _town, _ofA, _ofB }));
        Assert.That(await Listed(Admin, $"to={Ledger.DaysAgo(9)}"), Is.EqualTo(new[] { _ofAEarlier }));
        Assert.That(await Listed(A, $"from={Ledger.DaysAgo(9)}"), Is.EqualTo(new[] { _ofA, _town, _ofAEarlier }), "newest first, then the later made");
    }

    [Test]
    public async Task The_admin_narrows_to_a_point_and_a_coordinator_asking_for_another_gets_nothing()
    {
        Assert.That(await Listed(Admin, $"learningPointId={_b.PointId}"), Is.EqualTo(new[] { _ofB }));
        Assert.That(await Listed(A, $"learningPointId={_b.PointId}"), Is.Empty);
        Assert.That(await Listed(A, $"learningPointId={_a.PointId}"), Is.EquivalentTo(new[] { _ofA, _ofAEarlier }));
    }
}
