using System.Text;
using MiniExcelLibs;
using Volunteers.Core.Exports;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Exports;

public sealed class ImportTests
{
    private static readonly string[] Header = ["姓名", "性别", "手机号码", "身份证号码", "出生日期", "类别", "工作单位或学校", "特长", "学习点", "监护人姓名", "监护人手机号码"];
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!;
    private PointWithCoordinator _b = null!;
    private string _codeA = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await _host.Admin().CreatePointWithCoordinator("石龙村");
        _b = await _host.Admin().CreatePointWithCoordinator("民主村");
        _codeA = (await _host.Admin().Get($"/api/learning-points/{_a.PointId}")).Str("code");
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private static string[] Row(string name, string mobile, string? id = null, string birth = "", string point = "", string gender = "女") =>
        [name, gender, mobile, id ?? People.IdNumber(People.BornYearsAgo(40), gender == "男" ? "male" : "female"), birth, "在职教师", "扶欢中学", "书法、朗诵", point, "", ""];

    private static byte[] CsvFile(params string[][] rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Concat(new[] { Header }.Concat(rows).Select(r => Csv.Line(r) + "\r\n")))];

    private static Task<Reply> Upload(ApiClient api, byte[] file, bool dryRun, string name = "志愿者.csv")
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        return api.Send(new HttpRequestMessage(HttpMethod.Post, $"/api/imports/volunteers?dryRun={dryRun}") { Content = form });
    }

    private async Task<long> Total(string q) => (await _host.Admin().Get($"/api/volunteers?q={Uri.EscapeDataString(q)}")).Expect(200).Json["total"]!.GetValue<long>();

    [Test]
    public async Task A_dry_run_reports_each_bad_row_and_field_in_Chinese_and_writes_nothing()
    {
        var existing = People.Volunteer(_a.PointId);
        (await _host.Admin().Post("/api/volunteers", existing)).Expect(201);
        var repeated = People.Mobile();
        var file = CsvFile(
            Row("张三", People.Mobile(), point: _codeA),
            Row("李四", "1234", point: _codeA),
            ["", "", "", "", "", "", "", "", "", "", ""],
            Row("王五", People.Mobile(), id: "500110198003150021", point: "石龙村"),
            Row("赵六", People.Mobile(), point: "不存在村"),
            Row("钱七", (string)existing["mobile"]!, point: _codeA),
            Row("孙八", repeated, point: _codeA),
            Row("周九", repeated, point: _codeA),
            Row("吴十", People.Mobile(), id: "", birth: People.BornYearsAgo(16).ToString("yyyy/M/d"), point: _codeA));
        var report = (await Upload(_host.Admin(), file, dryRun: true)).Expect(200).Json;

        Assert.That((report["rows"]!.GetValue<int>(), report["importable"]!.GetValue<int>(), report["imported"]!.GetValue<int>()), Is.EqualTo((8, 2, 0)));
        var errors = report["errors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["column"]!.GetValue<string>())).ToList();
        Assert.That(errors, Is.EquivalentTo(new[] { (3, "手机号码"), (5, "身份证号码"), (6, "学习点"), (9, "手机号码"), (10, "监护人姓名"), (10, "监护人手机号码") }));
        var messages = report["errors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.That(messages, Has.Some.EqualTo("第 3 行“手机号码”：请填写有效的中国大陆手机号码（11 位）"));
        Assert.That(messages, Has.Some.EqualTo("第 6 行“学习点”：学习点“不存在村”不存在"));
        Assert.That(messages, Has.Some.EqualTo("第 9 行“手机号码”：与第 8 行重复"));
        var duplicate = report["duplicates"]!.AsArray().Single()!;
        Assert.That((duplicate["row"]!.GetValue<int>(), duplicate["column"]!.GetValue<string>()), Is.EqualTo((7, "手机号码")));
        Assert.That(duplicate["volunteerNo"]!.GetValue<string>(), Does.StartWith("FH"));
        Assert.That(await Total("张三"), Is.Zero);
    }

    [Test]
    public async Task An_import_with_any_bad_row_writes_nothing_and_names_every_row_and_field()
    {
        var good = People.Mobile();
        var problem = (await Upload(_host.Admin(), CsvFile(Row("郑一", good, point: _codeA), Row("郑二", People.Mobile(), point: "")), dryRun: false)).Expect(400);
        Assert.That(problem.ErrorFields, Is.EqualTo(new[] { "rows[3].learningPointId" }));
        Assert.That(await Total(good), Is.Zero);
    }

    [Test]
    public async Task An_XLSX_sheet_imports_in_one_go_as_active_import_volunteers_and_skips_those_already_registered()
    {
        var existing = People.Volunteer(_b.PointId);
        var existingId = (await _host.Admin().Post("/api/volunteers", existing)).Expect(201).Id;
        var cells = new List<Dictionary<string, object?>>
        {
            Cells(Row("冯一", People.Mobile(), point: _codeA.ToLowerInvariant())),
            Cells(Row("陈二", People.Mobile(), id: "", birth: "1975-06-01", point: "民主村", gender: "男")),
            Cells(Row("褚三", "", id: (string)existing["idNumber"]!, point: "民主村")),
        };
        cells[0]["手机号码"] = double.Parse((string)cells[0]["手机号码"]!);
        cells[1]["出生日期"] = new DateTime(1975, 6, 1);
        cells[2]["手机号码"] = People.Mobile();
        using var stream = new MemoryStream();
        stream.SaveAs(cells);

        var report = (await Upload(_host.Admin(), stream.ToArray(), dryRun: false, "导入.xlsx")).Expect(201).Json;
        Assert.That((report["imported"]!.GetValue<int>(), report["errors"]!.AsArray().Count), Is.EqualTo((2, 0)));
        Assert.That(report["duplicates"]!.AsArray().Single()!["column"]!.GetValue<string>(), Is.EqualTo("身份证号码"));
        var first = report["volunteers"]!.AsArray()[0]!;
        var v = (await _host.Admin().Get($"/api/volunteers/{first["id"]!.GetValue<long>()}")).Expect(200);
        Assert.That((v.Str("name"), v.Str("status"), v.Str("source"), v.Json["learningPointId"]!.GetValue<long>()), Is.EqualTo(("冯一", "active", "import", _a.PointId)));
        Assert.That(v.Json["skills"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "书法", "朗诵" }));
        var second = (await _host.Admin().Get($"/api/volunteers/{report["volunteers"]!.AsArray()[1]!["id"]!.GetValue<long>()}")).Expect(200);
        Assert.That((second.Str("birthDate"), second.Str("gender"), second.Json["learningPointId"]!.GetValue<long>()), Is.EqualTo(("1975-06-01", "male", _b.PointId)));
        Assert.That((await _host.Admin().Get($"/api/volunteers/{existingId}")).Str("name"), Is.EqualTo("李秀英"), "the registered volunteer is untouched");
    }

    [Test]
    public async Task A_coordinators_blank_point_is_their_own_and_another_point_is_not_found()
    {
        var coordinator = _host.As(_a.Token);
        var report = (await Upload(coordinator, CsvFile(Row("卫一", People.Mobile()), Row("蒋二", People.Mobile(), point: "民主村")), dryRun: true)).Expect(200).Json;
        var error = report["errors"]!.AsArray().Single()!;
        Assert.That((error["row"]!.GetValue<int>(), error["column"]!.GetValue<string>()), Is.EqualTo((3, "学习点")));
        var mobile = People.Mobile();
        var imported = (await Upload(coordinator, CsvFile(Row("卫一", mobile)), dryRun: false)).Expect(201).Json["volunteers"]!.AsArray().Single()!;
        Assert.That((await coordinator.Get($"/api/volunteers/{imported["id"]!.GetValue<long>()}")).Expect(200).Json["learningPointId"]!.GetValue<long>(), Is.EqualTo(_a.PointId));
    }

    [Test]
    public async Task A_CSV_saved_by_Excel_in_GBK_reads_correctly()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf8 = CsvFile(Row("蒋欣", People.Mobile(), point: "石龙村"));
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(Encoding.UTF8.GetString(utf8, 3, utf8.Length - 3));
        var report = (await Upload(_host.Admin(), gbk, dryRun: true)).Expect(200).Json;
        Assert.That((report["importable"]!.GetValue<int>(), report["errors"]!.AsArray().Count), Is.EqualTo((1, 0)));
    }

    [Test]
    public async Task Too_large_files_and_too_many_rows_are_413_and_a_missing_unreadable_or_headerless_file_400()
    {
        var big = new byte[ImportLayout.MaxBytes + 1];
        Assert.That((await Upload(_host.Admin(), big, dryRun: true)).Expect(413).ErrorFields, Is.EqualTo(new[] { "file" }));
        var many = CsvFile(Enumerable.Range(0, ImportLayout.MaxRows + 1).Select(_ => Row("韩梅", People.Mobile(), point: _codeA)).ToArray());
        (await Upload(_host.Admin(), many, dryRun: true)).Expect(413);
        Assert.That((await Upload(_host.Admin(), [0x50, 0x4B, 3, 4, 9, 9], dryRun: true)).Expect(400).ErrorFields, Is.EqualTo(new[] { "file" }));
        var noHeader = (await Upload(_host.Admin(), Encoding.UTF8.GetBytes("a,b\r\n1,2\r\n"), dryRun: true)).Expect(400);
        Assert.That(noHeader.Json["detail"]!.GetValue<string>(), Does.Contain("缺少列：姓名、性别、手机号码、类别"));
        (await _host.Admin().Post("/api/imports/volunteers?dryRun=true", new { })).Expect(415);
        var wrongField = new MultipartFormDataContent { { new ByteArrayContent(CsvFile()), "sheet", "a.csv" } };
        var missing = await _host.Admin().Send(new HttpRequestMessage(HttpMethod.Post, "/api/imports/volunteers") { Content = wrongField });
        Assert.That(missing.Expect(400).ErrorFields, Is.EqualTo(new[] { "file" }));
    }

    [Test]
    public async Task The_template_has_the_layout_headers_and_an_explanation_sheet()
    {
        var (_, csv) = await _host.Admin().Download("/api/imports/volunteers/template.csv");
        Assert.That(Sheets.CsvRows(csv), Is.EqualTo(new[] { Header }));
        var (_, xlsx) = await _host.Admin().Download("/api/imports/volunteers/template.xlsx");
        using var stream = new MemoryStream(xlsx);
        Assert.That(stream.GetSheetNames(), Is.EqualTo(new[] { "志愿者", "填写说明", "可选值" }));
        Assert.That(Sheets.XlsxRows(xlsx)[0], Is.EqualTo(Header));
    }

    [Test]
    public async Task A_full_sheet_of_5000_rows_checks_and_imports_in_one_go()
    {
        var file = CsvFile(Enumerable.Range(0, ImportLayout.MaxRows).Select(i => Row("批量" + (char)('甲' + i % 10), People.Mobile(), id: "", birth: "1980-01-01", point: _codeA)).ToArray());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var dry = (await Upload(_host.Admin(), file, dryRun: true)).Expect(200).Json;
        var dryTime = clock.Elapsed;
        clock.Restart();
        var real = (await Upload(_host.Admin(), file, dryRun: false)).Expect(201).Json;
        TestContext.Out.WriteLine($"{ImportLayout.MaxRows} rows, {file.Length:N0} bytes: dry run {dryTime.TotalSeconds:F1} s, import {clock.Elapsed.TotalSeconds:F1} s");
        Assert.That((dry["importable"]!.GetValue<int>(), real["imported"]!.GetValue<int>()), Is.EqualTo((ImportLayout.MaxRows, ImportLayout.MaxRows)));
        Assert.That((await _host.Admin().Get("/api/volunteers?q=批量")).Json["total"]!.GetValue<long>(), Is.EqualTo(ImportLayout.MaxRows));
    }

    private static Dictionary<string, object?> Cells(string[] row) =>
        Header.Select((h, i) => (h, (object?)row[i])).ToDictionary(x => x.h, x => x.Item2);
}
