using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Exports;

/// <summary>Sheets an office opens and prints as they come: every cell as stored, read by another reader than the one that wrote it.</summary>
public sealed class SheetFidelityTests
{
    private static readonly string[] RareNames = ["𠮷祥", "刘䶮", "阿卜杜·热合曼"];
    private const string Workplace = "扶欢镇\"星光\"小学\r\n二部";
    private TestHost _host = null!;
    private PointWithCoordinator _point = null!;
    private int _year;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Selection:PublicBaseUrl"] = "https://fuhuan.example.cn" });
        var admin = _host.Admin();
        _point = await admin.CreatePointWithCoordinator("新连村");
        var coordinator = _host.As(_point.Token);
        var ids = new List<long>();
        foreach (var name in RareNames)
        {
            var body = People.Volunteer(_point.PointId);
            body["name"] = name;
            body["workplace"] = Workplace;
            ids.Add((await coordinator.Post("/api/volunteers", body)).Expect(201).Id);
        }
        _year = DateTime.UtcNow.AddHours(8).AddDays(-1).Year;
        foreach (var id in ids) await Ledger.RecordApproved(coordinator, admin, id, 3, Ledger.DaysAgo(1));
        (await admin.Post("/api/selections", new { year = _year, minHours = 1, quota = 5 })).Expect(201);
        foreach (var id in ids) (await coordinator.Post($"/api/selections/{_year}/nominations", new { volunteerId = id, reason = "背篼课堂骨干" })).Expect(201);
        (await admin.Post($"/api/selections/{_year}/review", new { volunteerIds = ids })).Expect(200);
        (await admin.Post($"/api/selections/{_year}/notice", new { days = 0 })).Expect(200);
        (await admin.Post($"/api/selections/{_year}/finalize")).Expect(200);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private static IEnumerable<string> Exports() =>
        ["/api/exports/volunteers.xlsx", "/api/exports/service-records.xlsx", "/api/exports/awards.xlsx", "/api/exports/statistics.xlsx"];

    private async Task<byte[]> Xlsx(string url)
    {
        var (response, bytes) = await _host.Admin().Download(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), url);
        return bytes;
    }

    [Test]
    public async Task Rare_names_read_back_exactly_from_the_sheet_XML_not_as_escapes()
    {
        foreach (var url in new[] { "/api/exports/volunteers.xlsx", "/api/exports/awards.xlsx", "/api/exports/service-records.xlsx" })
        {
            var parts = new XlsxParts(await Xlsx(url));
            var (name, xml) = parts.Worksheets[0];
            Assert.That(xml.ToString(), Does.Not.Contain("_xD8"), url);
            var rows = parts.Rows(name);
            Assert.That(rows.Skip(1).Select(r => rows.Cell(r, "姓名")), Is.SupersetOf(RareNames), url);
            if (url.Contains("volunteers")) Assert.That(rows.Skip(1).Select(r => rows.Cell(r, "工作单位或学校")), Has.All.EqualTo(Workplace));
        }
    }

    [Test]
    public async Task LibreOffice_shows_the_rare_names_as_stored()
    {
        foreach (var url in new[] { "/api/exports/volunteers.xlsx", "/api/exports/awards.xlsx" })
        {
            var rows = LibreOffice.FirstSheetAsSeen(await Xlsx(url));
            Assert.That(rows.Skip(1).Select(r => rows.Cell(r, "姓名")), Is.SupersetOf(RareNames), url);
        }
    }

    [TestCaseSource(nameof(Exports))]
    public async Task An_export_prints_as_it_comes(string url)
    {
        var parts = new XlsxParts(await Xlsx(url));
        var (sheet, _) = parts.Worksheets[0];
        var headers = parts.Rows(sheet)[0];
        for (var i = 0; i < headers.Length; i++)
        {
            var chinese = headers[i].Count(c => c >= 0x3000);
            Assert.That(parts.ColumnWidth(sheet, i), Is.GreaterThanOrEqualTo(2 * chinese + (headers[i].Length - chinese)), headers[i]);
        }
        foreach (var textColumn in new[] { "身份证号码", "手机号码", "证书编号", "志愿者编号" }.Where(headers.Contains))
        {
            var column = Array.IndexOf(headers, textColumn);
            Assert.That(parts.ColumnFormat(sheet, column), Is.EqualTo(49u), $"{textColumn} is a text column");
            if (textColumn is "身份证号码" or "证书编号") Assert.That(parts.ColumnWidth(sheet, column), Is.GreaterThanOrEqualTo(18 + 2), textColumn);
            var cell = $"{XlsxParts.Letters(column)}2";
            Assert.That(parts.FormatOfStyle(int.Parse(parts.CellStyle(sheet, cell)!)), Is.EqualTo(49u), $"{cell} is text");
        }
        var pane = parts.Find(sheet, "pane")!;
        Assert.That(((string?)pane.Attribute("ySplit"), (string?)pane.Attribute("state")), Is.EqualTo(("1", "frozen")));
        var setup = parts.Find(sheet, "pageSetup")!;
        Assert.That(((string?)setup.Attribute("orientation"), (string?)setup.Attribute("fitToWidth"), (string?)setup.Attribute("fitToHeight")),
            Is.EqualTo(("landscape", "1", "0")));
        Assert.That((string?)parts.Find(sheet, "pageSetUpPr")!.Attribute("fitToPage"), Is.EqualTo("1"));
        var titles = parts.Workbook.Descendants().Single(e => e.Name.LocalName == "definedName" && (string?)e.Attribute("localSheetId") == "0");
        Assert.That(((string?)titles.Attribute("name"), titles.Value), Is.EqualTo(("_xlnm.Print_Titles", $"'{sheet}'!$1:$1")));
    }

    [TestCaseSource(nameof(Exports))]
    public async Task An_export_is_valid_Open_XML(string url)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(await Xlsx(url)), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public async Task The_awards_of_every_year_download_under_a_Chinese_name()
    {
        var (response, _) = await _host.Admin().Download("/api/exports/awards.xlsx");
        Assert.That(response.Content.Headers.ContentDisposition!.FileNameStar, Is.EqualTo("历年表彰名单.xlsx"));
        var (ofYear, _) = await _host.Admin().Download($"/api/exports/awards.csv?year={_year}");
        Assert.That(ofYear.Content.Headers.ContentDisposition!.FileNameStar, Is.EqualTo($"{_year}年度表彰名单.csv"));
    }
}
