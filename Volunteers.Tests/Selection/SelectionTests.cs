using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Selection;

public sealed class SelectionTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);
    private ApiClient B => _host.As(_b.Token);

    [SetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Incentives:PointsPerAward"] = "100" });
        _a = await Admin.CreatePointWithCoordinator("甲村");
        _b = await Admin.CreatePointWithCoordinator("乙村");
    }

    [TearDown] public void Stop() => _host.DisposeAndDelete();

    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    /// <summary>A volunteer of the coordinator's point with approved hours spread over whole days this year.</summary>
    private async Task<long> Volunteer(ApiClient coordinator, long pointId, params decimal[] hours)
    {
        var id = await coordinator.CreateVolunteer(pointId);
        for (var i = 0; i < hours.Length; i++) await Ledger.RecordApproved(coordinator, Admin, id, hours[i], Ledger.DaysAgo(i));
        return id;
    }

    [Test]
    public async Task The_year_runs_from_nomination_to_awards_with_every_step_recorded()
    {
        var top = await Volunteer(A, _a.PointId, 6, 6);
        var tiedFewerRecords = await Volunteer(A, _a.PointId, 12);
        var tiedLater = await Volunteer(A, _a.PointId, 6, 6);
        var tooFew = await Volunteer(A, _a.PointId, 1);
        var ofB = await Volunteer(B, _b.PointId, 8);
        var year = ThisYear;

        (await Admin.Post("/api/selections", new { year, minHours = 2, quota = 3, pointQuota = 3 })).Expect(201);
        var view = (await Admin.Get($"/api/selections/{year}")).Expect(200).Json;
        var ranked = view["candidates"]!.AsArray().Select(c => c!["volunteerId"]!.GetValue<long>()).ToList();
        Assert.That(ranked, Is.EqualTo(new[] { top, tiedLater, tiedFewerRecords, ofB }), "hours, then records, then earliest registration");
        Assert.That(ranked, Does.Not.Contain(tooFew));
        var mine = (await A.Get($"/api/selections/{year}")).Json["candidates"]!.AsArray().Select(c => c!["volunteerId"]!.GetValue<long>());
        Assert.That(mine, Is.EqualTo(new[] { top, tiedLater, tiedFewerRecords }), "a coordinator sees their own point's candidates");

        var nominated = (await A.Post($"/api/selections/{year}/nominations", new { volunteerId = top, reason = "常年组织读书会" })).Expect(201);
        Assert.That((nominated.Json["volunteerId"]!.GetValue<long>(), nominated.Str("reason"), nominated.Str("status")), Is.EqualTo((top, "常年组织读书会", "nominated")),
            "the answer is the nomination made, not the whole selection");
        Assert.That(nominated.Json["candidates"], Is.Null);
        (await A.Post($"/api/selections/{year}/nominations", new { volunteerId = tiedLater, reason = "背篼课堂骨干" })).Expect(201);
        (await B.Post($"/api/selections/{year}/nominations", new { volunteerId = ofB, reason = "健康讲座" })).Expect(201);
        (await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { top, tiedLater, ofB } })).Expect(200);
        (await Admin.Post($"/api/selections/{year}/notice", new { days = 0 })).Expect(200);
        var objected = (await Admin.Post($"/api/selections/{year}/objections", new { volunteerId = tiedLater, text = "群众反映时长有虚报" })).Expect(201);
        Assert.That((objected.Json["volunteerId"]!.GetValue<long>(), objected.Str("text"), objected.Json["upheld"]), Is.EqualTo((tiedLater, "群众反映时长有虚报", (JsonNode?)null)),
            "the answer is the objection recorded, not the whole selection");
        var objectionId = objected.Id;
        (await Admin.Post($"/api/selections/{year}/finalize")).Expect(409);
        (await Admin.Post($"/api/selections/{year}/objections/{objectionId}/resolve", new { upheld = true, note = "经核实属实，取消资格" })).Expect(200);

        var awards = (await Admin.Post($"/api/selections/{year}/finalize")).Expect(200).Json.AsArray();
        Assert.That(awards.Select(a => a!["volunteerId"]!.GetValue<long>()), Is.EquivalentTo(new[] { top, ofB }));
        Assert.That(awards.Select(a => a!["certificateNo"]!.GetValue<string>()),
            Is.EquivalentTo(new[] { $"扶欢社教〔{year}〕第001号", $"扶欢社教〔{year}〕第002号" }));
        Assert.That(awards.Select(a => a!["title"]!.GetValue<string>()), Has.All.EqualTo("优秀社区教育志愿者"));
        Assert.That((await A.Totals(top)).Points, Is.EqualTo(120 + 100), "hours and the award both give points");

        var steps = (await Admin.Get($"/api/selections/{year}")).Json["steps"]!.AsArray().Select(s => s!["step"]!.GetValue<string>());
        Assert.That(steps, Is.EqualTo(new[] { "created", "nominated", "nominated", "nominated", "reviewed", "notice", "objection", "objection-upheld", "finalized" }));
        (await A.Post($"/api/selections/{year}/nominations", new { volunteerId = tiedFewerRecords, reason = "补报" })).Expect(409);
    }

    [Test]
    public async Task Steps_out_of_order_are_conflicts()
    {
        var v = await Volunteer(A, _a.PointId, 4);
        var year = ThisYear;
        (await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { v } })).Expect(404);
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 5 })).Expect(201);
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 5 })).Expect(409);
        (await Admin.Post($"/api/selections/{year}/notice", new { days = 7 })).Expect(409);
        (await Admin.Post($"/api/selections/{year}/finalize")).Expect(409);
        (await A.Post($"/api/selections/{year}/nominations", new { volunteerId = v, reason = "积极" })).Expect(201);
        (await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { v } })).Expect(200);
        (await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { v } })).Expect(409);
        (await Admin.Post($"/api/selections/{year}/objections", new { volunteerId = v, text = "异议" })).Expect(409);
        (await Admin.Post($"/api/selections/{year}/notice", new { days = 7 })).Expect(200);
        var early = (await Admin.Post($"/api/selections/{year}/finalize")).Expect(409);
        Assert.That(early.Str("detail"), Does.Contain("公示期"));
        Assert.That((await Admin.Post($"/api/selections/{year}/notice", new { days = 31 })).Expect(400).ErrorFields, Is.EqualTo(new[] { "days" }));
    }

    [Test]
    public async Task Quotas_eligibility_and_scope_are_enforced()
    {
        var first = await Volunteer(A, _a.PointId, 5);
        var second = await Volunteer(A, _a.PointId, 4);
        var below = await Volunteer(A, _a.PointId, 1);
        var ofB = await Volunteer(B, _b.PointId, 9);
        var year = ThisYear;
        (await Admin.Post("/api/selections", new { year, minHours = 2, quota = 1, pointQuota = 1 })).Expect(201);
        (await A.Post($"/api/selections/{year}/nominations", new { volunteerId = below, reason = "积极" })).Expect(409);
        Assert.That((await A.Post($"/api/selections/{year}/nominations", new { volunteerId = ofB, reason = "积极" })).Expect(400).ErrorFields,
            Is.EqualTo(new[] { "volunteerId" }));
        (await A.Post($"/api/selections/{year}/nominations", new { volunteerId = first, reason = "积极" })).Expect(201);
        (await A.Post($"/api/selections/{year}/nominations", new { volunteerId = first, reason = "再次" })).Expect(409);
        var overQuota = (await A.Post($"/api/selections/{year}/nominations", new { volunteerId = second, reason = "积极" })).Expect(409);
        Assert.That(overQuota.Str("detail"), Does.Contain("名额"));
        (await B.Post($"/api/selections/{year}/nominations", new { volunteerId = ofB, reason = "积极" })).Expect(201);
        Assert.That((await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { first, ofB } })).Expect(400).ErrorFields,
            Is.EqualTo(new[] { "volunteerIds" }));
        (await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { second } })).Expect(400);
        (await A.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { first } })).Expect(403);
    }

    [Test]
    public async Task A_certificate_is_verifiable_by_its_code_and_a_revoked_one_says_so()
    {
        var v = await Volunteer(A, _a.PointId, 3);
        var year = ThisYear;
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 1 })).Expect(201);
        (await A.Post($"/api/selections/{year}/nominations", new { volunteerId = v, reason = "积极" })).Expect(201);
        (await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { v } })).Expect(200);
        (await Admin.Post($"/api/selections/{year}/notice", new { days = 0 })).Expect(200);
        var award = (await Admin.Post($"/api/selections/{year}/finalize")).Expect(200).Json[0]!;
        var code = award["verificationCode"]!.GetValue<string>();
        Assert.That(code, Does.Match("^[0-9A-Z]{26}$"));
        Assert.That(award["verifyUrl"]!.GetValue<string>(), Does.EndWith($"/verify/{code}"));

        var verified = (await _host.Anonymous().Get($"/api/verify/{code}")).Expect(200).Json;
        Assert.That(verified["valid"]!.GetValue<bool>(), Is.True);
        Assert.That(verified["name"]!.GetValue<string>(), Is.EqualTo("李*英"));
        Assert.That(verified.AsObject().Select(p => p.Key),
            Is.EquivalentTo(new[] { "kind", "number", "name", "title", "year", "valid", "revokedAt", "issuer", "issuedOn", "learningPoint", "hours", "periodFrom", "periodTo", "townName" }),
            "what the page shows, and of the holder only the masked name");
        var page = await (await _host.CreateClient().GetAsync($"/verify/{code}")).Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("有效").And.Contain("李*英").And.Not.Contain("李秀英"));
        Assert.That(Regex.IsMatch(page, @"1\d{10}"), Is.False);

        (await A.Post($"/api/awards/{award["id"]}/revoke", new { reason = "x" })).Expect(403);
        (await Admin.Post($"/api/awards/{award["id"]}/revoke", new { reason = "经查服务时长不实" })).Expect(200);
        (await Admin.Post($"/api/awards/{award["id"]}/revoke", new { reason = "再次" })).Expect(409);
        Assert.That((await _host.Anonymous().Get($"/api/verify/{code}")).Json["valid"]!.GetValue<bool>(), Is.False);
        (await _host.Anonymous().Get("/api/verify/NOSUCHCODE0000000000000000")).Expect(404);
        Assert.That((await Admin.Get($"/api/awards?year={year}")).Json["items"]![0]!["revokedAt"], Is.Not.Null);

        var sheet = Sheets.CsvRows((await Admin.Download($"/api/exports/awards.csv?year={year}")).Bytes);
        Assert.That(sheet[0], Does.Contain("证书编号").And.Contain("称号").And.Contain("撤销原因"));
        Assert.That(sheet[1], Does.Contain($"扶欢社教〔{year}〕第001号").And.Contain("李秀英").And.Contain("已撤销").And.Contain("经查服务时长不实"));
        Assert.That(Sheets.XlsxRows((await A.Download("/api/exports/awards.xlsx")).Bytes), Has.Count.EqualTo(2), "a coordinator sees their own point's");
        Assert.That(Sheets.CsvRows((await B.Download("/api/exports/awards.csv")).Bytes), Has.Count.EqualTo(1), "only the header for another point");
    }
}
