using Volunteers.Tests.Support;
using static Volunteers.Tests.Selection.Refusals;

namespace Volunteers.Tests.Selection;

/// <summary>One finalized year with an award for a volunteer of each point; only the revocation test changes one, B's.</summary>
public sealed class AwardTests : TwoPointFixture
{
    private static int Year => DateTime.UtcNow.AddHours(8).Year;
    private long _ofA, _ofB;
    private Dictionary<long, System.Text.Json.Nodes.JsonNode> _awardOf = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _ofA = await A.CreateVolunteer(PointA.PointId);
        _ofB = await B.CreateVolunteer(PointB.PointId);
        foreach (var (api, v) in new[] { (A, _ofA), (B, _ofB) }) await Ledger.RecordApproved(api, Admin, v, 3, Ledger.Today);
        (await Admin.Post("/api/selections", new { year = Year, minHours = 1, quota = 2 })).Expect(201);
        foreach (var (api, v) in new[] { (A, _ofA), (B, _ofB) })
            (await api.Post($"/api/selections/{Year}/nominations", new { volunteerId = v, reason = "积极" })).Expect(201);
        (await Admin.Post($"/api/selections/{Year}/review", new { volunteerIds = new[] { _ofA, _ofB } })).Expect(200);
        (await Admin.Post($"/api/selections/{Year}/notice", new { days = 0 })).Expect(200);
        _awardOf = (await Admin.Post($"/api/selections/{Year}/finalize")).Expect(200).Json.AsArray()
            .ToDictionary(a => a!["volunteerId"]!.GetValue<long>(), a => a!);
    }

    private long AwardId(long volunteer) => _awardOf[volunteer]["id"]!.GetValue<long>();

    [Test]
    public async Task An_award_is_found_by_its_own_points_coordinator_and_the_admin_and_by_no_other_point()
    {
        var certificate = $"/api/awards/{AwardId(_ofA)}/certificate.pdf";
        foreach (var api in new[] { A, Admin })
        {
            var reply = (await api.Get(certificate)).Expect(200);
            Assert.That(reply.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        }
        await Refused(language => B.Get(certificate, language), 404, "奖项不存在", "Award was not found");
        await Refused(language => Admin.Get("/api/awards/987654/certificate.pdf", language), 404, "奖项不存在", "Award was not found");
    }

    [Test]
    public async Task An_award_is_revoked_once_with_its_reason_and_an_unknown_one_is_not_found()
    {
        var id = AwardId(_ofB);
        var revoked = (await Admin.Post($"/api/awards/{id}/revoke", new { reason = "经查服务时长不实" })).Expect(200).Json;
        Assert.That(revoked["id"]!.GetValue<long>(), Is.EqualTo(id));
        Assert.That(revoked["revokeReason"]!.GetValue<string>(), Is.EqualTo("经查服务时长不实"));
        Assert.That(revoked["revokedAt"], Is.Not.Null);

        await Refused(language => Admin.Post($"/api/awards/{id}/revoke", new { reason = "再次" }, language), 409,
            "该奖项已被撤销", "The award is already revoked");
        await Refused(language => Admin.Post("/api/awards/987654/revoke", new { reason = "x" }, language), 404, "奖项不存在", "Award was not found");
        var steps = (await Admin.Get($"/api/selections/{Year}")).Expect(200).Json["steps"]!.AsArray();
        Assert.That(steps.Count(s => s!["step"]!.GetValue<string>() == "award-revoked"), Is.EqualTo(1), "the refused second revocation is no step");
    }

    [Test]
    public async Task A_certificates_code_verifies_as_an_award_with_its_number_and_a_masked_name()
    {
        var award = _awardOf[_ofA];
        var verified = (await Host.Anonymous().Get($"/api/verify/{award["verificationCode"]}")).Expect(200).Json;
        Assert.That(verified["kind"]!.GetValue<string>(), Is.EqualTo("award"));
        Assert.That(verified["number"]!.GetValue<string>(), Is.EqualTo(award["certificateNo"]!.GetValue<string>()));
        Assert.That(verified["name"]!.GetValue<string>(), Is.EqualTo("李*英"));
        Assert.That(verified["title"]!.GetValue<string>(), Is.EqualTo("优秀社区教育志愿者"));
        Assert.That(verified["year"]!.GetValue<int>(), Is.EqualTo(Year));
        Assert.That(verified["valid"]!.GetValue<bool>(), Is.True);
    }
}
