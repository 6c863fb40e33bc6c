using Dapper;
using Volunteers.Core.Data;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Signups;

/// <summary>Sign-ups racing for the last places: the write lock taken up front and the unique index leave no double booking.</summary>
public sealed class SignupConcurrencyTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!;
    private ApiClient _coordinator = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost { Clock = new TestClock(SignupSetup.Now) };
        _a = await _host.Admin().CreatePointWithCoordinator("甲村");
        _coordinator = _host.As(_a.Token);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<List<long>> Volunteers(int count)
    {
        var ids = new List<long>();
        for (var i = 0; i < count; i++) ids.Add(await _coordinator.CreateVolunteer(_a.PointId));
        return ids;
    }

    [Test]
    public async Task Fifty_at_once_for_ten_places_confirm_ten_and_line_up_forty_then_ten_cancellations_promote_ten()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 10);
        var volunteers = await Volunteers(50);

        var replies = await Task.WhenAll(volunteers.Select(v => Task.Run(() => _host.As(_a.Token).SignUp(activity, v))));
        Assert.That(replies.Select(r => r.Code), Is.All.EqualTo(201));
        var confirmed = replies.Where(r => r.Str("status") == "confirmed").ToList();
        var waitlisted = replies.Where(r => r.Str("status") == "waitlisted").ToList();
        Assert.That(confirmed, Has.Count.EqualTo(10));
        Assert.That(waitlisted.Select(r => r.Json["position"]!.GetValue<int>()).Order(), Is.EqualTo(Enumerable.Range(1, 40)));
        Assert.That(replies.Select(r => r.Id).Distinct().Count(), Is.EqualTo(50));

        var cancellations = await Task.WhenAll(confirmed.Select(r =>
            Task.Run(() => _host.As(_a.Token).Delete($"/api/activities/{activity}/signups/{r.Id}"))));
        Assert.That(cancellations.Select(r => r.Code), Is.All.EqualTo(200));
        var promoted = cancellations.SelectMany(r => r.Json["promoted"]!.AsArray().Select(p => p!.GetValue<long>())).ToList();
        var firstTen = waitlisted.OrderBy(r => r.Json["position"]!.GetValue<int>()).Take(10).Select(r => r.Id);
        Assert.That(promoted, Is.EquivalentTo(firstTen), "exactly the first ten in line, each once");

        var roster = (await _coordinator.Roster(activity)).Expect(200).Json;
        Assert.That(roster["confirmed"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(roster["waitlisted"]!.GetValue<int>(), Is.EqualTo(30));
        var positions = roster["items"]!.AsArray().Where(e => e!["status"]!.GetValue<string>() == "waitlisted").Select(e => e!["position"]!.GetValue<int>());
        Assert.That(positions, Is.EqualTo(Enumerable.Range(1, 30)));
    }

    [Test]
    public async Task Twenty_requests_at_once_for_the_last_place_confirm_one()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 1, waitlist: false);
        var replies = await Task.WhenAll((await Volunteers(20)).Select(v => Task.Run(() => _host.As(_a.Token).SignUp(activity, v))));
        Assert.That(replies.Count(r => r.Code == 201), Is.EqualTo(1));
        Assert.That(replies.Count(r => r.Code == 409), Is.EqualTo(19));
    }

    [Test]
    public async Task One_volunteer_sent_twenty_times_at_once_gets_one_place()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId);
        var volunteer = (await Volunteers(1))[0];
        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _host.As(_a.Token).SignUp(activity, volunteer))));
        Assert.That(replies.Count(r => r.Code == 201), Is.EqualTo(1));
        Assert.That(replies.Count(r => r.Code == 409), Is.EqualTo(19));
    }

    [Test]
    public async Task The_schema_itself_refuses_a_second_live_sign_up_of_one_volunteer()
    {
        var activity = await _coordinator.CreateOpenActivity(_a.PointId);
        var volunteer = (await Volunteers(1))[0];
        (await _coordinator.SignUp(activity, volunteer)).Expect(201);
        var db = _host.Service<Database>();
        var second = Assert.Catch<System.Data.Common.DbException>(() => db.Write((c, t) => c.Execute(
            "INSERT INTO signups (activity_id, volunteer_id, status, created_at) VALUES (@activity, @volunteer, 'waitlisted', 'now')",
            new { activity, volunteer }, t)));
        Assert.That(Dialect.IsUniqueViolation(second!, out _), Is.True, second!.Message);
    }
}
