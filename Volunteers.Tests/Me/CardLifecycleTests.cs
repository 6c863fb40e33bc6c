using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Me;

public sealed class CardLifecycleTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _point = null!;
    private ApiClient _coordinator = null!;

    [SetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _point = await _host.Admin().CreatePointWithCoordinator();
        _coordinator = _host.As(_point.Token);
    }

    [TearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<int> MeWith(string key) => (await _host.WithCard(key).Get("/api/me")).Code;

    [Test]
    public async Task A_new_card_stops_the_old_one_and_a_revoked_card_stops_at_once()
    {
        var volunteer = await _coordinator.CreateVolunteer(_point.PointId);
        var first = await _coordinator.Issue(volunteer);
        Assert.That(first, Does.Match("^card_[A-Za-z0-9_-]{24}$"), "144 random bits, a prefix unlike the staff tokens' vol_");
        Assert.That(await MeWith(first), Is.EqualTo(200));
        var second = await _host.Admin().Issue(volunteer);
        Assert.That(await MeWith(first), Is.EqualTo(401), "the old card stops when a new one is issued");
        Assert.That(await MeWith(second), Is.EqualTo(200));
        (await _coordinator.Delete($"/api/volunteers/{volunteer}/card")).Expect(204);
        Assert.That(await MeWith(second), Is.EqualTo(401));
        (await _coordinator.Delete($"/api/volunteers/{volunteer}/card")).Expect(404);
    }

    [Test]
    public async Task Every_issue_and_revocation_is_audited_and_the_key_is_stored_nowhere()
    {
        var volunteer = await _coordinator.CreateVolunteer(_point.PointId);
        var first = await _coordinator.Issue(volunteer);
        var second = await _coordinator.Issue(volunteer);
        (await _coordinator.Delete($"/api/volunteers/{volunteer}/card")).Expect(204);
        var audit = (await _host.Admin().Get($"/api/audit?entity=volunteer&entityId={volunteer}&pageSize=200")).Expect(200).Json["items"]!.AsArray()
            .Select(e => (Action: e!["action"]!.GetValue<string>(), Detail: e["detail"]?.ToJsonString() ?? "")).OrderBy(e => e.Action).ToList();
        Assert.That(audit.Where(e => e.Action.StartsWith("card.")).Select(e => e.Action),
            Is.EqualTo(new[] { "card.issue", "card.issue", "card.revoke", "card.revoke" }));
        Assert.That(audit.Where(e => e.Action == "card.revoke").Select(e => e.Detail), Has.One.Contains("reissued").And.One.Contains("revoked"));

        using var db = _host.Connect();
        foreach (var key in new[] { first, second })
        {
            var secret = key[CardKeysPrefix.Length..];
            Assert.That(DatabaseSnapshot.Of(db), Does.Not.Contain(secret), "the key is stored nowhere");
        }
    }

    private const string CardKeysPrefix = "card_";

    [Test]
    public async Task Withdrawal_ends_the_card_and_no_new_one_is_issued_after_it()
    {
        var volunteer = await _coordinator.CreateVolunteer(_point.PointId);
        var key = await _coordinator.Issue(volunteer);
        (await _coordinator.Post($"/api/volunteers/{volunteer}/withdraw", new { reason = "本人申请退出" })).Expect(200);
        Assert.That(await MeWith(key), Is.EqualTo(401));
        Assert.That((await _host.Browser().GetAsync("/c/" + key)).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
        (await _coordinator.Post($"/api/volunteers/{volunteer}/card")).Expect(409);
    }

    [Test]
    public async Task Erasure_ends_the_card_and_removes_its_rows()
    {
        var volunteer = await _coordinator.CreateVolunteer(_point.PointId);
        await _coordinator.Issue(volunteer);
        (await _coordinator.Post($"/api/volunteers/{volunteer}/withdraw", new { reason = "本人申请退出" })).Expect(200);
        (await _host.Admin().Delete($"/api/volunteers/{volunteer}")).Expect(204);
        using var db = _host.Connect();
        Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM volunteer_cards WHERE volunteer_id = @volunteer", new { volunteer }), Is.Zero);
    }

    [Test]
    public async Task A_suspended_volunteers_card_still_shows_their_record()
    {
        var volunteer = await _coordinator.CreateVolunteer(_point.PointId);
        var key = await _coordinator.Issue(volunteer);
        (await _coordinator.Post($"/api/volunteers/{volunteer}/suspend", new { reason = "外出务工" })).Expect(200);
        Assert.That((await _host.WithCard(key).Get("/api/me")).Expect(200).Json["volunteer"]!["status"]!.GetValue<string>(), Is.EqualTo("suspended"));
    }

    [Test]
    public async Task Another_points_coordinator_can_neither_issue_nor_revoke_the_card()
    {
        var other = await _host.Admin().CreatePointWithCoordinator("乙村");
        var volunteer = await _coordinator.CreateVolunteer(_point.PointId);
        var key = await _coordinator.Issue(volunteer);
        (await _host.As(other.Token).Post($"/api/volunteers/{volunteer}/card")).Expect(404);
        (await _host.As(other.Token).Delete($"/api/volunteers/{volunteer}/card")).Expect(404);
        Assert.That(await MeWith(key), Is.EqualTo(200));
    }

    [Test]
    public async Task A_card_key_is_refused_on_staff_routes_and_a_staff_token_on_the_volunteers_own()
    {
        var volunteer = await _coordinator.CreateVolunteer(_point.PointId);
        var card = _host.WithCard(await _coordinator.Issue(volunteer));
        Assert.That((await card.Get($"/api/volunteers/{volunteer}")).Code, Is.EqualTo(401));
        Assert.That((await card.Get("/api/volunteers")).Code, Is.EqualTo(401));
        Assert.That((await card.Post($"/api/volunteers/{volunteer}/card")).Code, Is.EqualTo(401), "a card cannot reissue itself");
        Assert.That((await _coordinator.Get("/api/me")).Code, Is.EqualTo(401));
        Assert.That((await _host.Admin().Get("/api/me")).Code, Is.EqualTo(401));
    }
}
