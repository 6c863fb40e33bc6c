using System.Text;
using Volunteers.Core.Exports;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>
/// No whole mobile or ID number leaves the service in a list, export, document, error or log line. The routes come from the
/// OpenAPI document, so a new one is scanned without anyone remembering to add it. The one exception is by design: a single
/// volunteer's page shows the whole mobile (never the whole ID number) to those allowed to see that volunteer.
/// </summary>
public sealed class LeakTests
{
    private const string OneVolunteer = "/api/volunteers/{id}";
    private readonly LogCapture _logs = new();
    private readonly LeakScan _scan = new();
    private readonly List<long> _volunteers = [];
    private readonly Dictionary<string, string> _values = new();
    private readonly List<string> _searches = [];
    private TestHost _host = null!;
    private string _card = "";

    [Test]
    public async Task No_whole_mobile_or_ID_number_in_any_list_export_document_error_or_log_line()
    {
        _host = new TestHost { Logs = _logs };
        try
        {
            var admin = _host.Admin();
            var a = await admin.CreatePointWithCoordinator("甲村");
            var b = await admin.CreatePointWithCoordinator("乙村");
            var coordinator = _host.As(a.Token);
            await Register(coordinator, a.PointId, b.PointId);
            await ProvokeErrors(coordinator, a.PointId);
            await Award(coordinator, admin, a.PointId);

            var doc = (await _host.Anonymous().Get("/swagger/v1/swagger.json")).Expect(200).Json;
            var routes = doc["paths"]!.AsObject().Where(p => p.Value!["get"] is not null).Select(p => p.Key)
                .Concat(["/register", "/progress", "/verify/{code}", "/me"]).ToList();
            foreach (var (who, caller) in new[] { ("admin", admin), ("coordinator", coordinator), ("anonymous", _host.Anonymous()), ("volunteer", _host.WithCard(_card)) })
                foreach (var route in routes)
                    foreach (var url in Urls(route))
                    {
                        var response = await caller.Client.GetAsync(url);
                        Assert.That((int)response.StatusCode, Is.LessThan(500), $"GET {url} as {who}");
                        await _scan.Check($"GET {url} as {who}", response, mobileShown: route == OneVolunteer);
                    }

            var lines = _logs.Lines;
            foreach (var line in lines) _scan.Check("log", "log line", line);
            TestContext.Out.WriteLine($"{routes.Count} GET routes walked as 4 callers; scanned: " +
                                      string.Join(", ", _scan.Scanned.Select(s => $"{s.Value} {s.Key}s")));
            Assert.That(_scan.Scanned.GetValueOrDefault("document"), Is.GreaterThanOrEqualTo(5));
            Assert.That(_scan.Scanned.GetValueOrDefault("export"), Is.GreaterThanOrEqualTo(6));
            Assert.That(lines, Is.Not.Empty, "the log capture receives the service's lines");
            Assert.That(_scan.Findings, Is.Empty);
        }
        finally
        {
            _host.DisposeAndDelete();
        }
    }

    private IEnumerable<string> Urls(string route)
    {
        var filled = route;
        foreach (var (name, value) in _values) filled = filled.Replace(name, value);
        if (filled.Contains("{format}")) return [filled.Replace("{format}", "csv"), filled.Replace("{format}", "xlsx")];
        if (filled.StartsWith("/api/volunteers/{id}", StringComparison.Ordinal)) return _volunteers.Select(v => filled.Replace("{id}", v.ToString()));
        Assert.That(filled, Does.Not.Contain("{"), $"the leak scan cannot fill {route}: add its object to the fixture");
        return filled == "/api/volunteers" ? [filled, filled + "?status=pending", .. _searches.Select(q => filled + "?q=" + q)] : [filled];
    }

    private async Task<long> Known(ApiClient api, string url, Dictionary<string, object?> body)
    {
        _scan.KnowMobile((string)body["mobile"]!);
        if (body.GetValueOrDefault("guardianMobile") is string guardian) _scan.KnowMobile(guardian);
        if (body.GetValueOrDefault("idNumber") is string id) _scan.KnowIdNumber(id);
        var reply = (await api.Post(url, body)).Expect(201);
        return url == "/api/volunteers" ? reply.Id : 0;
    }

    private async Task Register(ApiClient coordinator, long pointA, long pointB)
    {
        for (var i = 0; i < 3; i++) _volunteers.Add(await Known(coordinator, "/api/volunteers", People.Volunteer(pointA)));
        var minor = People.Volunteer(pointA, age: 16);
        (minor["guardianName"], minor["guardianMobile"]) = ("欧阳建国", People.Mobile());
        _volunteers.Add(await Known(coordinator, "/api/volunteers", minor));
        _volunteers.Add(await Known(_host.Admin(), "/api/volunteers", People.Volunteer(pointB)));
        await Known(_host.Anonymous(), "/api/registrations", People.Registration(pointA));
        var imported = People.Volunteer(pointA);
        await Known(coordinator, "/api/volunteers", imported); // its mobile and ID come back in the import below as duplicates
        _searches.AddRange([(string)imported["mobile"]!, (string)imported["idNumber"]!]);
        var row = new[] { "王芳", "女", (string)imported["mobile"]!, (string)imported["idNumber"]!, "", "在职教师", "", "", "", "", "" };
        var bad = new[] { "赵敏", "女", People.Mobile(), "500110198003150021", "", "在职教师", "", "", "", "", "" };
        _scan.KnowMobile(bad[2]);
        _scan.KnowIdNumber(bad[3]);
        await Check("import with a duplicate", await Upload(coordinator, row, dryRun: false));
        await Check("import with a bad ID number", await Upload(coordinator, bad, dryRun: true));
    }

    private async Task ProvokeErrors(ApiClient coordinator, long pointA)
    {
        var taken = People.Volunteer(pointA);
        await Known(coordinator, "/api/volunteers", taken);
        var sameMobile = People.Volunteer(pointA);
        sameMobile["mobile"] = taken["mobile"];
        var sameId = People.Volunteer(pointA);
        sameId["idNumber"] = taken["idNumber"];
        var badId = People.Volunteer(pointA);
        badId["idNumber"] = ((string)badId["idNumber"]!)[..17] + (((string)badId["idNumber"]!)[17] == '1' ? "2" : "1");
        _scan.KnowIdNumber((string)badId["idNumber"]!);
        var selfSame = People.Registration(pointA);
        selfSame["mobile"] = taken["mobile"];
        await Check("duplicate mobile", (await coordinator.Post("/api/volunteers", sameMobile)).Expect(409));
        await Check("duplicate ID number", (await coordinator.Post("/api/volunteers", sameId)).Expect(409));
        await Check("invalid ID number", (await coordinator.Post("/api/volunteers", badId)).Expect(400));
        await Check("self-registration, duplicate mobile", (await _host.Anonymous().Post("/api/registrations", selfSame)).Expect(409));
        await Check("update to a taken mobile", (await coordinator.Patch($"/api/volunteers/{_volunteers[0]}", new { mobile = taken["mobile"] })).Expect(409));
        var asNumber = $$"""{"name":"李秀英","gender":"female","mobile":{{taken["mobile"]}},"idNumber":{{((string)taken["idNumber"]!)[..17]}}1,"category":"teacher","skills":[],"learningPointId":{{pointA}}}""";
        await Check("numbers where text belongs", (await coordinator.PostRaw("/api/volunteers", asNumber)).Expect(400));
    }

    private async Task Check(string what, Reply reply) => await _scan.Check(what, reply.Message);

    private static async Task<Reply> Upload(ApiClient api, string[] row, bool dryRun)
    {
        string[] header = ["姓名", "性别", "手机号码", "身份证号码", "出生日期", "类别", "工作单位或学校", "特长", "学习点", "监护人姓名", "监护人手机号码"];
        var csv = Encoding.UTF8.GetBytes(Csv.Line(header) + "\r\n" + Csv.Line(row) + "\r\n");
        var form = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "志愿者.csv" } };
        return await api.Send(new HttpRequestMessage(HttpMethod.Post, $"/api/imports/volunteers?dryRun={dryRun}") { Content = form });
    }

    /// <summary>Hours, a finished selection and an award, so every document has a volunteer in it.</summary>
    private async Task Award(ApiClient coordinator, ApiClient admin, long pointId)
    {
        var volunteer = _volunteers[0];
        var activity = await coordinator.CreateActivity(pointId);
        var record = await Ledger.RecordApproved(coordinator, admin, volunteer, 4);
        var year = DateTime.UtcNow.AddHours(8).Year;
        (await admin.Post("/api/selections", new { year, minHours = 1, quota = 1 })).Expect(201);
        (await coordinator.Post($"/api/selections/{year}/nominations", new { volunteerId = volunteer, reason = "积极" })).Expect(201);
        (await admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { volunteer } })).Expect(200);
        (await admin.Post($"/api/selections/{year}/notice", new { days = 0 })).Expect(200);
        var award = (await admin.Post($"/api/selections/{year}/finalize")).Expect(200).Json[0]!;
        _values["/api/towns/{id}"] = "/api/towns/1";
        _values["/api/learning-points/{id}"] = "/api/learning-points/" + pointId;
        _values["/api/activities/{id}"] = "/api/activities/" + activity;
        _values["/api/service-records/{id}"] = "/api/service-records/" + record;
        _values["/api/awards/{id}"] = "/api/awards/" + award["id"];
        _values["/api/me/awards/{id}"] = "/api/me/awards/" + award["id"];
        _card = await coordinator.Issue(volunteer);
        _values["{year}"] = year.ToString();
        _values["{month}"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        _values["{code}"] = award["verificationCode"]!.GetValue<string>();
    }
}
