using Volunteers.Core.Registration;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Registration;

public sealed class RegistrationTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _point = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:RegistrationRateLimit"] = "1000" });
        _point = await _host.Admin().CreatePointWithCoordinator("新连村");
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private Task<Reply> Register(Action<Dictionary<string, object?>>? change = null)
    {
        var body = People.Registration(_point.PointId);
        change?.Invoke(body);
        return _host.Anonymous().Post("/api/registrations", body);
    }

    [Test]
    public async Task The_privacy_notice_is_public_and_versioned()
    {
        var notice = (await _host.Anonymous().Get("/api/registrations/consent")).Expect(200);
        Assert.That(notice.Str("version"), Is.EqualTo(Consent.Version));
        Assert.That(notice.Str("text"), Does.Contain("身份证号码").And.Contain("学习点的负责人").And.Contain("退出").And.Contain("删除个人信息"));
    }

    [Test]
    public async Task A_registration_needs_no_token_and_waits_pending_for_the_coordinator_of_its_point()
    {
        var body = People.Registration(_point.PointId);
        var reply = (await _host.Anonymous().Post("/api/registrations", body)).Expect(201);
        Assert.That(reply.Str("status"), Is.EqualTo("pending"));
        var reference = reply.Str("reference");
        Assert.That(reference, Does.Match(@"^FH\d{4}-\d{4,}$"));

        var coordinator = _host.As(_point.Token);
        var pending = (await coordinator.Get($"/api/volunteers?status=pending&q={reference}")).Expect(200).Json["items"]!.AsArray();
        Assert.That(pending, Has.Count.EqualTo(1));
        var id = pending[0]!["id"]!.GetValue<long>();
        var volunteer = (await coordinator.Get($"/api/volunteers/{id}")).Expect(200);
        Assert.That(volunteer.Str("source"), Is.EqualTo("self"));
        Assert.That(volunteer.Str("consentVersion"), Is.EqualTo(Consent.Version));
        Assert.That(volunteer.Str("mobile"), Is.EqualTo(body["mobile"]));

        var other = await _host.Admin().CreatePointWithCoordinator("乙村");
        (await _host.As(other.Token).Get($"/api/volunteers/{id}")).Expect(404);
        Assert.That((await coordinator.Post($"/api/volunteers/{id}/approve")).Expect(200).Str("status"), Is.EqualTo("active"));
    }

    [Test]
    public async Task A_coordinator_may_turn_a_registration_down()
    {
        var reference = (await Register()).Expect(201).Str("reference");
        var coordinator = _host.As(_point.Token);
        var id = (await coordinator.Get($"/api/volunteers?q={reference}")).Json["items"]![0]!["id"]!.GetValue<long>();
        var withdrawn = (await coordinator.Post($"/api/volunteers/{id}/withdraw", new { reason = "本人不在本村居住" })).Expect(200);
        Assert.That(withdrawn.Str("status"), Is.EqualTo("withdrawn"));
    }

    [Test]
    public async Task Consent_must_be_given_to_the_notice_as_it_reads_now()
    {
        Assert.That((await Register(b => b["consent"] = false)).Expect(400).ErrorFields, Is.EqualTo(new[] { "consent" }));
        Assert.That((await Register(b => b.Remove("consent"))).Expect(400).ErrorFields, Is.EqualTo(new[] { "consent" }));
        var stale = (await Register(b => b["consentVersion"] = "2020-01-v0")).Expect(400);
        Assert.That(stale.ErrorFields, Is.EqualTo(new[] { "consentVersion" }));
        Assert.That(stale.ErrorReason("consentVersion"), Does.Contain("个人信息说明"));
        Assert.That((await Register(b => b.Remove("consentVersion"))).Expect(400).ErrorFields, Is.EqualTo(new[] { "consentVersion" }));
    }

    [Test]
    public async Task The_volunteer_rules_apply_and_name_the_field_in_Chinese()
    {
        var badMobile = (await Register(b => b["mobile"] = "1391234")).Expect(400);
        Assert.That(badMobile.ErrorFields, Is.EqualTo(new[] { "mobile" }));
        Assert.That(badMobile.ErrorReason("mobile"), Does.Contain("手机号码"));

        var minor = People.IdNumber(People.BornYearsAgo(16), "female");
        var noGuardian = (await Register(b => b["idNumber"] = minor)).Expect(400);
        Assert.That(noGuardian.ErrorFields, Is.EquivalentTo(new[] { "guardianName", "guardianMobile" }));
        (await Register(b => { b["idNumber"] = minor; b["guardianName"] = "李建国"; b["guardianMobile"] = People.Mobile(); })).Expect(201);

        Assert.That((await Register(b => b["learningPointId"] = 987654)).Expect(400).ErrorFields, Is.EqualTo(new[] { "learningPointId" }));
    }

    [Test]
    public async Task A_taken_mobile_or_ID_number_is_a_409_that_sends_the_person_to_their_learning_point_and_tells_nothing_else()
    {
        var hidden = await _host.Admin().CreatePoint("保密村");
        var existing = People.Volunteer(hidden);
        existing["name"] = "欧阳秘密";
        var volunteerNo = (await _host.Admin().Post("/api/volunteers", existing)).Expect(201).Str("volunteerNo");

        var sameMobile = (await Register(b => b["mobile"] = existing["mobile"])).Expect(409);
        Assert.That(sameMobile.ErrorFields, Is.EqualTo(new[] { "mobile" }));
        Assert.That(sameMobile.ErrorReason("mobile"), Does.Contain("请联系您所在的学习点"));
        var sameId = (await Register(b => { b["idNumber"] = existing["idNumber"]; b["gender"] = existing["gender"]; })).Expect(409);
        Assert.That(sameId.ErrorFields, Is.EqualTo(new[] { "idNumber" }));

        foreach (var reply in new[] { sameMobile, sameId })
        {
            var text = reply.Body!.ToJsonString();
            Assert.That(text, Does.Not.Contain("欧阳").And.Not.Contain("保密村").And.Not.Contain(volunteerNo));
        }
    }

    [Test]
    public async Task The_form_is_a_Chinese_page_for_phones()
    {
        var response = await _host.Anonymous().Client.GetAsync("/register");
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/html; charset=utf-8"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("<html lang=\"zh-CN\">").And.Contain("name=\"viewport\" content=\"width=device-width, initial-scale=1\""));
        Assert.That(html, Does.Contain("type=\"tel\"").And.Contain("type=\"date\""));

        var again = new HttpRequestMessage(HttpMethod.Get, "/register");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.That((int)(await _host.Anonymous().Client.SendAsync(again)).StatusCode, Is.EqualTo(304));
    }
}
