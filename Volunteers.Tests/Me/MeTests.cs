using Volunteers.Tests.Documents;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Me;

/// <summary>The volunteer's own side through their card: hours, star progress, points, records, awards, proof and certificates.</summary>
public sealed class MeTests
{
    private TestHost _host = null!;
    private long _a, _award;
    private string _keyA = "", _keyB = "";
    private ApiClient Admin => _host.Admin();

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Incentives:StarThresholds"] = "2,5,10" });
        var point = await Admin.CreatePointWithCoordinator();
        var coordinator = _host.As(point.Token);
        var body = People.Volunteer(point.PointId);
        body["name"] = "吉𠮷";
        _a = (await coordinator.Post("/api/volunteers", body)).Expect(201).Id;
        var b = await coordinator.CreateVolunteer(point.PointId);
        await Ledger.RecordApproved(coordinator, Admin, _a, 2, Ledger.DaysAgo(2));
        await Ledger.RecordApproved(coordinator, Admin, _a, 1);
        (await coordinator.Record(_a, 1)).Expect(201);
        var rejected = (await coordinator.Record(_a, 0.5m, Ledger.DaysAgo(1))).Expect(201).Id;
        (await Admin.Post($"/api/service-records/{rejected}/reject", new { reason = "签到表上没有这一条" })).Expect(200);
        var year = DateTime.UtcNow.AddHours(8).Year;
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 1 })).Expect(201);
        (await coordinator.Post($"/api/selections/{year}/nominations", new { volunteerId = _a, reason = "积极" })).Expect(201);
        (await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { _a } })).Expect(200);
        (await Admin.Post($"/api/selections/{year}/notice", new { days = 0 })).Expect(200);
        _award = (await Admin.Post($"/api/selections/{year}/finalize")).Expect(200).Json[0]!["id"]!.GetValue<long>();
        _keyA = await coordinator.Issue(_a);
        _keyB = await coordinator.Issue(b);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task Me_shows_hours_star_progress_points_records_and_awards_and_nothing_personal_beyond_the_name()
    {
        var me = (await _host.WithCard(_keyA).Get("/api/me")).Expect(200).Json;
        var volunteer = me["volunteer"]!;
        Assert.That(volunteer["id"]!.GetValue<long>(), Is.EqualTo(_a));
        Assert.That(volunteer["name"]!.GetValue<string>(), Is.EqualTo("吉𠮷"));
        Assert.That(volunteer["learningPoint"]!["name"]!.GetValue<string>(), Is.EqualTo("新连村"));
        Assert.That(volunteer.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "id", "volunteerNo", "name", "learningPoint", "status", "category" }));
        Assert.That(me["hours"]!.ToJsonString(), Is.EqualTo("""{"approved":3,"year":3,"pending":1}"""));
        var star = me["star"]!;
        Assert.That((star["level"]!.GetValue<int>(), star["nextLevel"]!.GetValue<int>(), star["hoursToNext"]!.GetValue<decimal>()), Is.EqualTo((1, 2, 2m)));
        Assert.That(star["reachedOn"]!.GetValue<string>(), Is.EqualTo(Ledger.Today));
        Assert.That(me["points"]!["balance"]!.GetValue<int>(), Is.EqualTo(3 * 10 + 100), "10 a service hour, 100 for the award");
        var records = me["records"]!.AsArray();
        Assert.That(records.Select(r => r!["status"]!.GetValue<string>()), Is.EquivalentTo(new[] { "approved", "approved", "pending", "rejected" }));
        Assert.That(records.Single(r => r!["status"]!.GetValue<string>() == "rejected")!["reason"]!.GetValue<string>(), Is.EqualTo("签到表上没有这一条"));
        var award = me["awards"]!.AsArray().Single()!;
        Assert.That(award["certificateUrl"]!.GetValue<string>(), Is.EqualTo($"/api/me/awards/{_award}/certificate.pdf"));
        Assert.That(me["signups"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task The_points_ledger_lists_each_change_newest_first()
    {
        var page = (await _host.WithCard(_keyA).Get("/api/me/points")).Expect(200).Json;
        Assert.That(page["items"]!.AsArray().Select(e => (e!["kind"]!.GetValue<string>(), e["delta"]!.GetValue<int>())),
            Is.EqualTo(new[] { ("award", 100), ("service", 10), ("service", 20) }));
        Assert.That(page["total"]!.GetValue<long>(), Is.EqualTo(3));
    }

    [Test]
    public async Task The_own_certificate_downloads_and_another_volunteers_card_gets_404_for_it()
    {
        var own = await _host.WithCard(_keyA).Client.GetAsync($"/api/me/awards/{_award}/certificate.pdf");
        Assert.That((int)own.StatusCode, Is.EqualTo(200));
        Assert.That(new ReadBack(await own.Content.ReadAsByteArrayAsync()).AllText, Does.Contain("吉𠮷"));
        (await _host.WithCard(_keyB).Get($"/api/me/awards/{_award}/certificate.pdf")).Expect(404);
        (await _host.WithCard(_keyA).Get($"/api/me/awards/{_award + 1000}/certificate.pdf")).Expect(404);
        Assert.That((await _host.WithCard(_keyB).Get("/api/me")).Expect(200).Json["awards"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task The_own_service_proof_downloads_numbered_and_audited_without_an_account()
    {
        var proof = await _host.WithCard(_keyA).Client.GetAsync("/api/me/service-proof.pdf");
        Assert.That((int)proof.StatusCode, Is.EqualTo(200));
        var text = new ReadBack(await proof.Content.ReadAsByteArrayAsync()).AllText;
        Assert.That(text, Does.Contain("志愿服务记录证明").And.Contain("吉𠮷"));
        var entry = (await Admin.Get($"/api/audit?entity=volunteer&entityId={_a}&pageSize=200")).Expect(200).Json["items"]!.AsArray()
            .Last(e => e!["action"]!.GetValue<string>() == "service-proof.issue")!;
        Assert.That(entry["accountId"], Is.Null);
        Assert.That(entry["detail"]!.GetValue<string>(), Does.Contain("\"own\":true"));
    }

    [Test]
    public async Task A_pending_volunteer_sees_their_status_and_gets_no_proof_yet()
    {
        var key = await _host.RegisterWithCard((await Admin.Get("/api/learning-points")).Json["items"]![0]!["id"]!.GetValue<long>());
        var me = (await _host.WithCard(key).Get("/api/me")).Expect(200).Json;
        Assert.That(me["volunteer"]!["status"]!.GetValue<string>(), Is.EqualTo("pending"));
        Assert.That(me["hours"]!["approved"]!.GetValue<decimal>(), Is.Zero);
        var refused = (await _host.WithCard(key).Get("/api/me/service-proof.pdf")).Expect(409);
        Assert.That(refused.Str("detail"), Does.Contain("审核通过后"));
    }
}
