using Volunteers.Tests.Support;

namespace Volunteers.Tests.Selection;

public sealed class SelectionReachTests
{
    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private long _ofA, _ofB, _notListed;
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);
    private ApiClient B => _host.As(_b.Token);

    /// <summary>One year's selection in public notice, with a nominee of each point; the tests only read it or add objections.</summary>
    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await Admin.CreatePointWithCoordinator("甲村");
        _b = await Admin.CreatePointWithCoordinator("乙村");
        _ofA = await A.CreateVolunteer(_a.PointId);
        _notListed = await A.CreateVolunteer(_a.PointId);
        _ofB = await B.CreateVolunteer(_b.PointId);
        foreach (var (api, v) in new[] { (A, _ofA), (A, _notListed), (B, _ofB) }) await Ledger.RecordApproved(api, Admin, v, 3, Ledger.Today);
        (await Admin.Post("/api/selections", new { year = ThisYear, minHours = 1, quota = 2 })).Expect(201);
        (await A.Post($"/api/selections/{ThisYear}/nominations", new { volunteerId = _ofA, reason = "积极" })).Expect(201);
        (await B.Post($"/api/selections/{ThisYear}/nominations", new { volunteerId = _ofB, reason = "积极" })).Expect(201);
        (await Admin.Post($"/api/selections/{ThisYear}/review", new { volunteerIds = new[] { _ofA, _ofB } })).Expect(200);
        (await Admin.Post($"/api/selections/{ThisYear}/notice", new { days = 7 })).Expect(200);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task An_objection_names_a_volunteer_on_the_public_list()
    {
        var reply = (await Admin.Post($"/api/selections/{ThisYear}/objections", new { volunteerId = _notListed, text = "核实" })).Expect(400);
        Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "volunteerId" }));
        (await Admin.Post($"/api/selections/{ThisYear}/objections", new { volunteerId = _ofB, text = "核实" })).Expect(201);
    }

    [Test]
    public async Task A_coordinator_objects_only_to_their_own_points_nominee()
    {
        Assert.That((await A.Post($"/api/selections/{ThisYear}/objections", new { volunteerId = _ofB, text = "核实" })).Expect(400).ErrorFields,
            Is.EqualTo(new[] { "volunteerId" }));
        (await A.Post($"/api/selections/{ThisYear}/objections", new { volunteerId = _ofA, text = "核实" })).Expect(201);
    }

    [Test]
    public async Task A_coordinator_sees_their_own_points_nominations_and_the_admin_all()
    {
        List<long> Nominees(Reply r) => r.Json["nominations"]!.AsArray().Select(n => n!["volunteerId"]!.GetValue<long>()).ToList();
        Assert.That(Nominees((await A.Get($"/api/selections/{ThisYear}")).Expect(200)), Is.EqualTo(new[] { _ofA }));
        Assert.That(Nominees((await Admin.Get($"/api/selections/{ThisYear}")).Expect(200)), Is.EquivalentTo(new[] { _ofA, _ofB }));
    }
}
