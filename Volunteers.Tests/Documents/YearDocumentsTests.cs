using System.Text.RegularExpressions;
using Volunteers.Core.Documents.Layout;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Documents;

/// <summary>
/// A year's certificates, recognition list and annual report from a finalised selection with awards in three learning points,
/// created so that their creation order, their names' order and their codes' order all differ.
/// </summary>
public sealed class YearDocumentsTests
{
    private const string Issuer = "扶欢镇社区教育办公室";
    private TestHost _host = null!;
    private int _year;
    private ApiClient Admin => _host.Admin();

    /// <summary>The awarded, as the town's list orders them: points by code, then hours within a point.</summary>
    private static readonly string[] Points = ["石龙村", "扶欢社区", "新连村"];
    private static readonly string[] Awarded = ["王小明", "赵丽", "孙强", "𠮷祥", "钱芳"];

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        (await _host.Admin().Put("/api/town", new { name = "扶欢镇", residentPopulation = 35000, targetRatio = 0.01, issuer = Issuer })).Expect(200);
        _year = DateTime.UtcNow.AddHours(8).Year;
        var xinlian = await Point("C03", "新连村", 400);
        var shilong = await Point("C01", "石龙村", 200);
        var fuhuan = await Point("C02", "扶欢社区", 400);
        var volunteers = new List<long>
        {
            await Volunteer(xinlian, "钱芳", 3), await Volunteer(xinlian, "𠮷祥", 7),
            await Volunteer(shilong, "赵丽", 5), await Volunteer(shilong, "王小明", 8),
            await Volunteer(fuhuan, "孙强", 6),
        };
        (await Admin.Post("/api/selections", new { year = _year, minHours = 1, quota = volunteers.Count })).Expect(201);
        foreach (var v in volunteers)
            (await Admin.Post($"/api/selections/{_year}/nominations", new { volunteerId = v, reason = "学习点骨干" })).Expect(201);
        (await Admin.Post($"/api/selections/{_year}/review", new { volunteerIds = volunteers })).Expect(200);
        (await Admin.Post($"/api/selections/{_year}/notice", new { days = 0 })).Expect(200);
        (await Admin.Post($"/api/selections/{_year}/finalize")).Expect(200);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<PointWithCoordinator> Point(string code, string name, int population)
    {
        var id = (await Admin.Post("/api/learning-points", new { code, name, kind = "village", residentPopulation = population })).Expect(201).Id;
        var account = (await Admin.Post("/api/accounts", new { name = "王联络", role = "point-coordinator", learningPointId = id })).Expect(201);
        return new PointWithCoordinator(id, account.Id, account.Str("token"));
    }

    private async Task<long> Volunteer(PointWithCoordinator point, string name, decimal hours)
    {
        var coordinator = _host.As(point.Token);
        var body = People.Volunteer(point.PointId);
        body["name"] = name;
        var id = (await coordinator.Post("/api/volunteers", body)).Expect(201).Id;
        await Ledger.RecordApproved(coordinator, Admin, id, hours, Ledger.Today);
        return id;
    }

    private static List<string> InOrder(string text, IEnumerable<string> names) =>
        Regex.Matches(text, string.Join('|', names.Select(Regex.Escape))).Select(m => m.Value).ToList();

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), from);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [Test]
    public async Task Certificate_numbers_run_in_the_order_the_book_the_list_and_the_report_print_them()
    {
        var numbers = (await Admin.Get($"/api/awards?year={_year}")).Expect(200).Json["items"]!.AsArray()
            .ToDictionary(a => a!["name"]!.GetValue<string>(), a => a!["certificateNo"]!.GetValue<string>());
        Assert.That(Awarded.Select(n => numbers[n]), Is.EqualTo(Enumerable.Range(1, 5).Select(i => $"扶欢社教〔{_year}〕第{i:000}号")));

        var book = await Admin.Download($"/api/selections/{_year}/certificates.pdf", "year-certificates");
        Assert.That(book.Pages, Has.Count.EqualTo(Awarded.Length));
        for (var i = 0; i < Awarded.Length; i++)
            Assert.That(book.Pages[i], Does.Contain(Awarded[i] + " 同志：").And.Contain($"证书编号：扶欢社教〔{_year}〕第{i + 1:000}号"), $"page {i + 1}");

        var list = await Admin.Download($"/api/selections/{_year}/recognition-list.pdf", "year-recognition-list");
        Assert.That(InOrder(list.AllText, Awarded), Is.EqualTo(Awarded), "the list's rows");
        Assert.That(InOrder(list.AllText, Points).Distinct(), Is.EqualTo(Points), "the list's groups");

        var report = (await Admin.Download($"/api/reports/annual/{_year}.pdf", "year-annual-report")).AllText;
        Assert.That(InOrder(Between(report, "二、各学习点", "三、"), Points), Is.EqualTo(Points.Concat(Points)), "the report's chart, then its table");
        Assert.That(InOrder(Between(report, "五、年度表彰", "\u0000"), Awarded), Is.EqualTo(Awarded), "the report's awarded");
    }

    [Test]
    public async Task The_recognition_list_gives_each_certificate_number_keeps_the_honour_on_one_line_and_names_each_point_once()
    {
        var list = await Admin.Download($"/api/selections/{_year}/recognition-list.pdf", "year-recognition-list");
        var text = list.AllText;
        Assert.That(text, Does.Contain("序号姓名服务时长（小时）称号证书编号"));
        Assert.That(text, Does.Contain($"石龙村（2 人）1王小明8优秀社区教育志愿者扶欢社教〔{_year}〕第001号2赵丽5"));
        Assert.That(text, Does.Contain($"4𠮷祥7优秀社区教育志愿者扶欢社教〔{_year}〕第004号"));
        Assert.That(list.LinesOfEach("优秀社区教育志愿者"), Has.Count.EqualTo(Awarded.Length + 1).And.All.EqualTo(1), "the title and every row's honour on one line");
        Assert.That(list.LinesOfEach($"扶欢社教〔{_year}〕第00"), Has.Count.EqualTo(Awarded.Length).And.All.EqualTo(1), "each number on one line");
        Assert.That(list.LinesOfEach("服务时长（小时）"), Is.EqualTo(new[] { 1 }), "the header on one line");
        foreach (var point in Points)
            Assert.That(Regex.Matches(text, point).Count, Is.EqualTo(1), $"{point} only in its group's heading");
    }

    [Test]
    public async Task The_report_scales_each_points_bar_to_its_target_and_ends_with_the_issuer_and_the_date()
    {
        var report = await Admin.Download($"/api/reports/annual/{_year}.pdf", "year-annual-report");
        Assert.That(report.AllText, Does.Contain("石龙村2 / 目标 2（100%）").And.Contain("新连村2 / 目标 4（50%）"));
        // 石龙村 2 of 2, 扶欢社区 1 of 4, 新连村 2 of 4: equal counts, different targets, different bars.
        var bars = report.FilledRectangleWidths(color: (60, 140, 160));
        Assert.That(bars, Has.Count.EqualTo(3));
        Assert.That(bars[1] / bars[0], Is.EqualTo(0.25).Within(0.01));
        Assert.That(bars[2] / bars[0], Is.EqualTo(0.5).Within(0.01));
        var today = ChineseDate.Full(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        Assert.That(report.Pages[^1], Does.EndWith($"{Issuer}{today}第 {report.Pages.Count} 页 共 {report.Pages.Count} 页"));
        Assert.That(report.Pages[0], Does.Not.Contain(Issuer), "signed at the end, not under the title");
    }

    [Test]
    public async Task A_rare_character_of_a_name_prints_in_a_sans_face_like_the_rest_of_the_name()
    {
        var award = (await Admin.Get($"/api/awards?year={_year}")).Json["items"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "𠮷祥")!;
        foreach (var url in new[] { $"/api/awards/{award["id"]}/certificate.pdf", $"/api/selections/{_year}/recognition-list.pdf" })
        {
            var pdf = await Admin.Download(url, "year-rare-name");
            var name = pdf.Occurrences("𠮷祥").First();
            Assert.That(name[0].FontName, Does.Contain("Noto Sans CJK SC"), $"𠮷 on {url}");
            Assert.That(name[1].FontName, Does.Contain("WenQuanYi"), $"祥 on {url}");
        }
    }
}
