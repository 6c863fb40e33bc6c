using System.Text.RegularExpressions;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Documents;

/// <summary>The documents as a coordinator and the town office download them, from a real finalized selection.</summary>
public sealed class DocumentEndpointTests
{
    private const string PublicBase = "https://fuhuan.example.cn";
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private long _rare, _plain;
    private string _rareMobile = "", _rareId = "";
    private int _year;
    private ApiClient Admin => _host.Admin();

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Selection:PublicBaseUrl"] = PublicBase });
        _a = await Admin.CreatePointWithCoordinator("新连村");
        _b = await Admin.CreatePointWithCoordinator("石龙村");
        var coordinator = _host.As(_a.Token);
        var body = People.Volunteer(_a.PointId);
        body["name"] = "吉𠮷";
        (_rareMobile, _rareId) = ((string)body["mobile"]!, (string)body["idNumber"]!);
        _rare = (await coordinator.Post("/api/volunteers", body)).Expect(201).Id;
        _plain = await coordinator.CreateVolunteer(_a.PointId);
        var activity = await coordinator.CreateActivity(_a.PointId, Ledger.DaysAgo(1), "beidou-home-visit");
        var sheet = (await coordinator.Post($"/api/activities/{activity}/attendance",
            new { entries = new[] { new { volunteerId = _rare, hours = 6 }, new { volunteerId = _plain, hours = 4 } } })).Expect(201);
        foreach (var id in sheet.Json["created"]!.AsArray()) (await Admin.Post($"/api/service-records/{id}/approve")).Expect(200);

        _year = DateTime.UtcNow.AddHours(8).AddDays(-1).Year;
        (await Admin.Post("/api/selections", new { year = _year, minHours = 1, quota = 5 })).Expect(201);
        foreach (var v in new[] { _rare, _plain })
            (await coordinator.Post($"/api/selections/{_year}/nominations", new { volunteerId = v, reason = "背篼课堂骨干" })).Expect(201);
        (await Admin.Post($"/api/selections/{_year}/review", new { volunteerIds = new[] { _rare, _plain } })).Expect(200);
        (await Admin.Post($"/api/selections/{_year}/notice", new { days = 0 })).Expect(200);
        (await Admin.Post($"/api/selections/{_year}/finalize")).Expect(200);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private void AssertNoPersonalNumbers(ReadBack pdf)
    {
        Assert.That(pdf.AllText, Does.Not.Contain(_rareMobile).And.Not.Contain(_rareId));
        Assert.That(Regex.IsMatch(pdf.AllText, @"1[3-9]\d{9}"), Is.False, "no mobile number");
        Assert.That(Regex.IsMatch(pdf.AllText, @"\d{17}[\dX]"), Is.False, "no whole ID number");
    }

    [Test]
    public async Task A_certificate_prints_the_rare_name_its_number_and_a_verifiable_code()
    {
        var award = (await Admin.Get($"/api/awards?year={_year}")).Json["items"]!.AsArray().Single(a => a!["volunteerId"]!.GetValue<long>() == _rare)!;
        var pdf = await _host.As(_a.Token).Download($"/api/awards/{award["id"]}/certificate.pdf", "api-certificate");
        Assert.That(pdf.Pages, Has.Count.EqualTo(1));
        Assert.That(pdf.AllText, Does.Contain("吉𠮷").And.Contain(award["certificateNo"]!.GetValue<string>()).And.Contain("优秀社区教育志愿者"));
        Assert.That(pdf.FontNames, Has.All.Match(@"^[A-Z]{6}\+"));
        AssertNoPersonalNumbers(pdf);
        Assert.That(QrReader.Single(pdf.Bytes), Is.EqualTo($"{PublicBase}/verify/{award["verificationCode"]}"));
        (await _host.As(_b.Token).Get($"/api/awards/{award["id"]}/certificate.pdf")).Expect(404);
    }

    [Test]
    public async Task The_years_certificates_list_and_report_come_as_one_file_each()
    {
        var all = await Admin.Download($"/api/selections/{_year}/certificates.pdf", "api-certificates");
        Assert.That(all.Pages, Has.Count.EqualTo(2));
        var list = await Admin.Download($"/api/selections/{_year}/recognition-list.pdf", "api-recognition-list");
        Assert.That(list.AllText, Does.Contain("吉𠮷").And.Contain("新连村").And.Contain("第 1 页 共 1 页"));
        AssertNoPersonalNumbers(list);
        var report = await Admin.Download($"/api/reports/annual/{_year}.pdf", "api-annual-report");
        Assert.That(report.AllText, Does.Contain("背篼进农户").And.Contain("新连村"));
        AssertNoPersonalNumbers(report);
        (await _host.As(_a.Token).Get($"/api/selections/{_year}/certificates.pdf")).Expect(403);
        (await Admin.Get($"/api/selections/{_year + 1}/recognition-list.pdf")).Expect(404);
    }

    [Test]
    public async Task Each_page_of_the_years_certificates_carries_the_code_of_its_own_award()
    {
        var awards = (await Admin.Get($"/api/awards?year={_year}")).Json["items"]!.AsArray();
        var pdf = await Admin.Download($"/api/selections/{_year}/certificates.pdf", "api-certificates");
        var codes = QrReader.Pages(pdf.Bytes);
        Assert.That(codes, Has.Count.EqualTo(awards.Count));
        for (var i = 0; i < codes.Count; i++)
        {
            var award = awards.Single(a => pdf.Pages[i].Contains(a!["certificateNo"]!.GetValue<string>()))!;
            Assert.That(codes[i], Is.EqualTo(new[] { $"{PublicBase}/verify/{award["verificationCode"]}" }), $"page {i + 1}");
        }
    }

    [Test]
    public async Task A_service_proofs_code_opens_the_verification_of_that_proof()
    {
        var pdf = await _host.As(_a.Token).Download($"/api/volunteers/{_rare}/service-proof.pdf", "api-service-proof");
        var number = Regex.Match(pdf.AllText, @"扶欢志证〔\d{4}〕第\d{4}号").Value;
        var url = Regex.Match(QrReader.Single(pdf.Bytes), $"^{Regex.Escape(PublicBase)}/verify/([0-9A-Z]+)$");
        Assert.That(url.Success, Is.True, "the code is the public verification link");
        var verified = (await _host.Anonymous().Get($"/api/verify/{url.Groups[1].Value}")).Expect(200).Json;
        Assert.That(verified["kind"]!.GetValue<string>(), Is.EqualTo("service-proof"));
        Assert.That(verified["number"]!.GetValue<string>(), Is.EqualTo(number));
        Assert.That(verified["valid"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task A_service_proof_lists_the_services_masks_the_ID_and_verifies()
    {
        var pdf = await _host.As(_a.Token).Download($"/api/volunteers/{_rare}/service-proof.pdf", "api-service-proof");
        Assert.That(pdf.AllText, Does.Contain("吉𠮷").And.Contain(_rareId[..6] + "********" + _rareId[14..]).And.Contain("家庭教育讲座").And.Contain("累计服务时长 6 小时"));
        AssertNoPersonalNumbers(pdf);
        var number = Regex.Match(pdf.AllText, @"扶欢志证〔\d{4}〕第\d{4}号").Value;
        Assert.That(number, Is.Not.Empty);
        (await _host.As(_b.Token).Get($"/api/volunteers/{_rare}/service-proof.pdf")).Expect(404);
    }
}
