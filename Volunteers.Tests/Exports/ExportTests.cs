using System.Text;
using System.Text.RegularExpressions;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Exports;

public sealed class ExportTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!;
    private PointWithCoordinator _b = null!;
    private Dictionary<string, object?> _quoted = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        var admin = _host.Admin();
        _a = await admin.CreatePointWithCoordinator("甲村");
        _b = await admin.CreatePointWithCoordinator("乙村");
        _quoted = People.Volunteer(_a.PointId);
        _quoted["name"] = "阿卜杜·热合曼";
        _quoted["workplace"] = "扶欢镇\"星光\",小学\r\n二部";
        var id = (await _host.As(_a.Token).Post("/api/volunteers", _quoted)).Expect(201).Id;
        await Ledger.RecordApproved(_host.As(_a.Token), admin, id, 2.5m);
        var formula = People.Volunteer(_b.PointId);
        formula["workplace"] = "=HYPERLINK(\"http://x\")";
        (await _host.As(_b.Token).Post("/api/volunteers", formula)).Expect(201);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task The_volunteer_CSV_is_UTF8_with_BOM_CRLF_quoted_Chinese_headed_and_masked()
    {
        var (response, bytes) = await _host.Admin().Download("/api/exports/volunteers.csv");
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition!.FileNameStar, Does.StartWith("志愿者名单-").And.EndWith(".csv"));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.That(Regex.IsMatch(text, "(?<!\r)\n|\r(?!\n)"), Is.False, "every line ends CRLF");
        Assert.That(text, Does.EndWith("\r\n"));
        Assert.That(text, Does.StartWith("志愿者编号,姓名,性别,手机号码,身份证号码,类别,工作单位或学校,特长,学习点,状态,登记方式,登记时间,累计服务时长（小时）"));
        Assert.That(text, Does.Contain("\"扶欢镇\"\"星光\"\",小学\r\n二部\""));
        Assert.That(text, Does.Not.Contain((string)_quoted["mobile"]!).And.Not.Contain((string)_quoted["idNumber"]!));

        var rows = Sheets.CsvRows(bytes);
        var row = rows.Single(r => r[1] == "阿卜杜·热合曼");
        var mobile = (string)_quoted["mobile"]!;
        var id = (string)_quoted["idNumber"]!;
        Assert.That(rows.Cell(row, "手机号码"), Is.EqualTo(mobile[..3] + "****" + mobile[7..]));
        Assert.That(rows.Cell(row, "身份证号码"), Is.EqualTo(id[..6] + "********" + id[14..]));
        Assert.That(rows.Cell(row, "工作单位或学校"), Is.EqualTo("扶欢镇\"星光\",小学\r\n二部"));
        Assert.That((rows.Cell(row, "性别"), rows.Cell(row, "类别"), rows.Cell(row, "状态"), rows.Cell(row, "登记方式")),
            Is.EqualTo(("女", "在职教师", "在册", "学习点录入")));
        Assert.That((rows.Cell(row, "特长"), rows.Cell(row, "学习点"), rows.Cell(row, "累计服务时长（小时）")), Is.EqualTo(("书法、朗诵", "甲村", "2.5")));
        Assert.That(rows.Single(r => r.Contains("乙村")).Any(c => c.StartsWith("'=HYPERLINK")), Is.True, "a formula is kept as text");
    }

    [Test]
    public async Task A_coordinator_exports_only_their_own_point_in_either_format()
    {
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var (response, bytes) = await _host.As(_b.Token).Download($"/api/exports/volunteers.{format}?learningPointId={_a.PointId}");
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            var rows = format == "csv" ? Sheets.CsvRows(bytes) : Sheets.XlsxRows(bytes);
            Assert.That(rows.Skip(1).Select(r => rows.Cell(r, "学习点")), Is.Not.Empty.And.All.EqualTo("乙村"));
        }
        var all = Sheets.XlsxRows((await _host.Admin().Download("/api/exports/volunteers.xlsx")).Bytes);
        Assert.That(all.Skip(1).Select(r => all.Cell(r, "学习点")).Distinct(), Is.EquivalentTo(new[] { "甲村", "乙村" }));
        Assert.That(all.SelectMany(r => r), Does.Not.Contain((string)_quoted["mobile"]!));
    }

    [Test]
    public async Task Service_records_export_with_hours_status_and_scope()
    {
        var rows = Sheets.XlsxRows((await _host.Admin().Download("/api/exports/service-records.xlsx")).Bytes);
        Assert.That(rows[0][..7], Is.EqualTo(new[] { "记录编号", "志愿者编号", "姓名", "学习点", "活动", "服务日期", "服务时长（小时）" }));
        var row = rows.Single(r => r.Contains("阿卜杜·热合曼"));
        Assert.That((rows.Cell(row, "服务时长（小时）"), rows.Cell(row, "审核状态"), rows.Cell(row, "服务日期")), Is.EqualTo(("2.5", "已通过", Ledger.Today)));
        var ofB = Sheets.CsvRows((await _host.As(_b.Token).Download("/api/exports/service-records.csv")).Bytes);
        Assert.That(ofB, Has.Count.EqualTo(1), "the other point's coordinator sees only the header");
    }

    [Test]
    public async Task Statistics_count_per_point_for_the_year_and_the_town_for_an_administrator()
    {
        var year = DateTime.UtcNow.AddHours(8).Year;
        var rows = Sheets.CsvRows((await _host.Admin().Download($"/api/exports/statistics.csv?year={year}")).Bytes);
        Assert.That(rows[0], Is.EqualTo(new[] { "学习点编码", "学习点", "类型", "常住人口", "目标人数", "在册志愿者", "本年服务志愿者", "待审核",
            "本年核定服务时长（小时）", "其中扫码签到（小时）", "本年核定服务记录数", "完成率（%）" }));
        var a = rows.Single(r => r[1] == "甲村");
        Assert.That(a[2..], Is.EqualTo(new[] { "村", "2400", "24", "1", "1", "0", "2.5", "0", "1", "4.2" }));
        Assert.That(rows.Last()[1], Is.EqualTo("全镇合计"));
        Assert.That(rows.Last()[5..11], Is.EqualTo(new[] { "2", "1", "0", "2.5", "0", "1" }));
        var earlier = Sheets.CsvRows((await _host.Admin().Download($"/api/exports/statistics.csv?year={year - 1}")).Bytes);
        Assert.That(earlier.Single(r => r[1] == "甲村")[6..10], Is.EqualTo(new[] { "0", "0", "0", "0" }));
        var own = Sheets.XlsxRows((await _host.As(_b.Token).Download("/api/exports/statistics.xlsx")).Bytes);
        Assert.That(own.Skip(1).Select(r => r[1]), Is.EqualTo(new[] { "乙村" }));
    }

    [Test]
    public async Task Exports_need_a_token_and_a_known_format()
    {
        (await _host.Anonymous().Get("/api/exports/volunteers.csv")).Expect(401);
        Assert.That((await _host.Admin().Get("/api/exports/volunteers.pdf")).Expect(400).ErrorFields, Is.EqualTo(new[] { "format" }));
        Assert.That((await _host.Admin().Get("/api/exports/statistics.csv?year=1990")).Expect(400).ErrorFields, Is.EqualTo(new[] { "year" }));
    }
}
