using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>
/// Every operation of the OpenAPI document against every kind of caller. The routes come from the document, so a new route
/// is checked without anyone remembering to add it — and one with a parameter this test cannot fill fails loudly.
/// </summary>
public sealed class AccessMatrixTests
{
    private static readonly string[] PublicRoutes =
        ["GET /api/learning-points", "GET /api/progress", "GET /api/district/progress", "GET /api/verify/{code}", "POST /api/registrations", "GET /api/registrations/consent",
         "GET /api/activities/open"];

    private TestHost _host = null!;
    private readonly Dictionary<string, string> _objectsOfA = new();
    /// <summary>Routes whose parameter is not an object's id or a shared value: filled whole.</summary>
    private readonly Dictionary<string, string> _routesOfA = new();
    private string _tokenA = "", _tokenB = "", _revoked = "", _cardA = "", _cardOfAnother = "", _revokedCard = "";
    private List<(string Method, string Path)> _operations = [];
    private readonly HashSet<string> _multipart = [];
    private readonly Dictionary<string, object?> _validBodies = new();
    private long _volunteerOfA, _recordOfA;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        var admin = _host.Admin();
        var a = await admin.CreatePointWithCoordinator("甲村");
        var b = await admin.CreatePointWithCoordinator("乙村");
        (_tokenA, _tokenB) = (a.Token, b.Token);
        var gone = await admin.CreatePointWithCoordinator("丙村");
        (await admin.Delete($"/api/accounts/{gone.AccountId}/tokens")).Expect(200);
        _revoked = gone.Token;

        var coordinator = _host.As(a.Token);
        var volunteer = await coordinator.CreateVolunteer(a.PointId);
        var record = await Ledger.RecordApproved(coordinator, admin, volunteer, 2);
        var nextWeek = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7).ToString("yyyy-MM-dd");
        // With times, so its check-in code, poster and list answer too.
        var activity = await coordinator.CreateOpenActivity(a.PointId, date: nextWeek, title: "重阳节敬老活动");
        var signup = (await coordinator.SignUp(await coordinator.CreateOpenActivity(a.PointId, date: nextWeek), volunteer)).Expect(201).Id;
        var year = DateTime.UtcNow.AddHours(8).Year;
        (await admin.Post("/api/selections", new { year, minHours = 1, quota = 1 })).Expect(201);
        (await coordinator.Post($"/api/selections/{year}/nominations", new { volunteerId = volunteer, reason = "积极" })).Expect(201);
        (await admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { volunteer } })).Expect(200);
        (await admin.Post($"/api/selections/{year}/notice", new { days = 0 })).Expect(200);
        var objection = (await admin.Post($"/api/selections/{year}/objections", new { volunteerId = volunteer, text = "核实" })).Expect(201)
            .Id;
        (await admin.Post($"/api/selections/{year}/objections/{objection}/resolve", new { upheld = false, note = "不成立" })).Expect(200);
        var award = (await admin.Post($"/api/selections/{year}/finalize")).Expect(200).Json[0]!;
        _cardA = await coordinator.Issue(volunteer);
        _cardOfAnother = await coordinator.Issue(await coordinator.CreateVolunteer(a.PointId));
        var lost = await coordinator.CreateVolunteer(a.PointId);
        _revokedCard = await coordinator.Issue(lost);
        (await coordinator.Delete($"/api/volunteers/{lost}/card")).Expect(204);

        _objectsOfA["/api/volunteers/{id}"] = volunteer.ToString();
        _objectsOfA["/api/towns/{id}"] = "1";
        _objectsOfA["/api/learning-points/{id}"] = a.PointId.ToString();
        _objectsOfA["/api/accounts/{id}"] = a.AccountId.ToString();
        _objectsOfA["/api/activities/{id}"] = activity.ToString();
        _objectsOfA["/api/service-records/{id}"] = record.ToString();
        _objectsOfA["/api/awards/{id}"] = award["id"]!.ToString();
        _objectsOfA["/api/me/awards/{id}"] = award["id"]!.ToString();
        _objectsOfA["/api/selections/{year}/objections/{id}"] = objection.ToString();
        _objectsOfA["{year}"] = year.ToString();
        _objectsOfA["{month}"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        _objectsOfA["{code}"] = award["verificationCode"]!.GetValue<string>();
        _objectsOfA["{format}"] = "csv";
        _objectsOfA["{signupId}"] = signup.ToString();
        _objectsOfA["/api/me/signups/{id}"] = signup.ToString();
        _routesOfA["/api/checkin/{code}"] = "/api/checkin/" + (await coordinator.Get($"/api/activities/{activity}/checkin")).Expect(200).Str("code");
        (_volunteerOfA, _recordOfA) = (volunteer, record);

        // A body each write would accept from someone allowed to make it: refused anyway, it shows the refusal comes from the scope.
        _validBodies["PATCH /api/volunteers/{id}"] = new { workplace = "乙村卫生室" };
        _validBodies["POST /api/volunteers/{id}/approve"] = new { reason = "材料齐全" };
        _validBodies["POST /api/volunteers/{id}/suspend"] = new { reason = "暂时外出务工" };
        _validBodies["POST /api/volunteers/{id}/withdraw"] = new { reason = "本人申请退出" };
        _validBodies["POST /api/volunteers/{id}/reveal-id-number"] = new { reason = "核对身份信息" };
        _validBodies["POST /api/volunteers/{id}/redemptions"] = new { points = 1, item = "笔记本" };
        _validBodies["POST /api/volunteers/{id}/transfer"] = new { learningPointId = b.PointId };
        _validBodies["DELETE /api/volunteers/{id}"] = null;
        _validBodies["PUT /api/learning-points/{id}"] = new { code = "PA01", name = "甲村", kind = "village", residentPopulation = 2400 };
        _validBodies["POST /api/service-records/{id}/approve"] = null;
        _validBodies["POST /api/service-records/{id}/reject"] = new { reason = "时长有误" };
        _validBodies["POST /api/service-records/{id}/reverse"] = new { reason = "录入错误，冲正" };
        _validBodies["PATCH /api/activities/{id}"] = new { capacity = 20, description = "请带上老花镜" };
        _validBodies["POST /api/activities/{id}/cancel"] = new { reason = "场地维修，改期举行" };
        _validBodies["POST /api/activities/{id}/signups"] = new { volunteerId = volunteer };
        _validBodies["DELETE /api/activities/{id}/signups/{signupId}"] = null;
        _validBodies["POST /api/activities/{id}/attendance"] = new { entries = new[] { new { volunteerId = volunteer, hours = 1 } } };
        _validBodies["POST /api/accounts/{id}/tokens"] = null;
        _validBodies["DELETE /api/accounts/{id}/tokens"] = null;
        _validBodies["POST /api/awards/{id}/revoke"] = new { reason = "核实有误" };
        _validBodies["POST /api/selections/{year}/objections/{id}/resolve"] = new { upheld = true, note = "成立" };
        _validBodies["POST /api/volunteers/{id}/card"] = null;
        _validBodies["POST /api/volunteers/{id}/service-proof.pdf"] = null;
        _validBodies["DELETE /api/volunteers/{id}/card"] = null;
        _validBodies["POST /api/activities/{id}/checkins"] = new { volunteerId = volunteer, action = "in" };
        _validBodies["POST /api/activities/{id}/close"] = null;

        var doc = (await _host.Anonymous().Get("/swagger/v1/swagger.json")).Expect(200).Json;
        _operations = doc["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => (m.Key.ToUpperInvariant(), p.Key)))
            .ToList();
        foreach (var (path, item) in doc["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
                if (operation!["requestBody"]?["content"]?["multipart/form-data"] is not null) _multipart.Add($"{method.ToUpperInvariant()} {path}");
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private string Fill(string path)
    {
        if (_routesOfA.TryGetValue(path, out var route)) return route;
        var filled = path;
        foreach (var (template, value) in _objectsOfA.OrderByDescending(o => o.Key.Length))
        {
            if (template.StartsWith('{')) filled = filled.Replace(template, value);
            else if (filled.StartsWith(template.Replace("{id}", ""), StringComparison.Ordinal) && filled.Contains("{id}")
                     && path.StartsWith(template.Split("{id}")[0], StringComparison.Ordinal))
                filled = filled.Replace("{id}", value);
        }
        Assert.That(filled, Does.Not.Contain("{"), $"the access matrix cannot fill {path}: add its object to the fixture");
        return filled;
    }

    /// <summary>The volunteer's own routes, which only a card key reaches.</summary>
    private static bool IsCardRoute(string path) =>
        path == "/api/me" || path.StartsWith("/api/me/", StringComparison.Ordinal) || path.StartsWith("/api/checkin/", StringComparison.Ordinal);

    private async Task<int> Call(string? token, string method, string path, object? body = null, string? cardCookie = null)
    {
        var client = _host.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        if (cardCookie is not null) client.DefaultRequestHeaders.Add("Cookie", "volunteer_card=" + cardCookie);
        var request = new HttpRequestMessage(new HttpMethod(method), Fill(path));
        if (_multipart.Contains($"{method} {path}")) request.Content = new MultipartFormDataContent { { new StringContent("x"), "file", "x.csv" } };
        else if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body, body.GetType(), options: ApiClient.Json);
        else if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        return (int)(await client.SendAsync(request)).StatusCode;
    }

    [Test]
    public async Task Without_a_valid_token_only_the_public_routes_answer()
    {
        Assert.That(_operations, Has.Count.GreaterThan(30));
        var checkedCount = 0;
        foreach (var (method, path) in _operations)
        {
            if (PublicRoutes.Contains($"{method} {path}")) continue;
            foreach (var token in new[] { null, "vol_not-a-real-token", _revoked, "card_AAAAAAAAAAAAAAAAAAAAAAAA", _revokedCard })
            {
                Assert.That(await Call(token, method, path), Is.EqualTo(401), $"{method} {path} with {(token ?? "no token")}");
                checkedCount++;
            }
        }
        TestContext.Out.WriteLine($"{checkedCount} unauthenticated route × credential checks");
    }

    [Test]
    public async Task Another_points_coordinator_never_reaches_point_As_objects_whatever_the_body()
    {
        var admin = _host.Admin();
        async Task<string> StateOfA() => (await admin.Get($"/api/volunteers/{_volunteerOfA}")).Expect(200).Json.ToJsonString()
            + (await admin.Get($"/api/service-records/{_recordOfA}")).Expect(200).Json.ToJsonString();
        var before = await StateOfA();
        var checkedCount = 0;
        // Both points are of the one town, which both coordinators may read (CrossTownAccessTests keeps towns apart).
        foreach (var (method, path) in _operations.Where(o => o.Path.Contains("{id}") && !IsCardRoute(o.Path) && !o.Path.StartsWith("/api/towns/")))
        {
            Assert.That(await Call(_tokenB, method, path), Is.AnyOf(403, 404), $"{method} {path} as point B's coordinator, empty body");
            if (method != "GET")
            {
                Assert.That(_validBodies.TryGetValue($"{method} {path}", out var body), Is.True,
                    $"{method} {path}: add a body it would accept to the access matrix, so its scope check is tested");
                Assert.That(await Call(_tokenB, method, path, body), Is.AnyOf(403, 404), $"{method} {path} as point B's coordinator, valid body");
            }
            checkedCount++;
        }
        TestContext.Out.WriteLine($"{checkedCount} cross-point route checks");
        Assert.That(await StateOfA(), Is.EqualTo(before), "point A's volunteer and record are as they were");
    }

    [Test]
    public async Task The_own_coordinator_and_the_admin_read_every_object()
    {
        foreach (var (method, path) in _operations.Where(o => o.Method == "GET" && !IsCardRoute(o.Path)))
        {
            var admin = await Call(TestHost.AdminToken, method, path);
            Assert.That(admin, Is.InRange(200, 299), $"{method} {path} as town admin");
            var own = await Call(_tokenA, method, path);
            Assert.That(own, Is.InRange(200, 299).Or.EqualTo(403), $"{method} {path} as point A's coordinator");
        }
    }

    [Test]
    public async Task A_card_key_reaches_only_the_volunteers_own_routes_and_a_staff_token_none_of_them()
    {
        var cardRoutes = _operations.Where(o => IsCardRoute(o.Path)).ToList();
        Assert.That(cardRoutes, Has.Count.GreaterThanOrEqualTo(4));
        foreach (var (method, path) in _operations.Where(o => !IsCardRoute(o.Path) && !PublicRoutes.Contains($"{o.Method} {o.Path}")))
        {
            Assert.That(await Call(_cardA, method, path), Is.AnyOf(401, 403), $"{method} {path} with a card as bearer");
            Assert.That(await Call(null, method, path, cardCookie: _cardA), Is.AnyOf(401, 403), $"{method} {path} with the card cookie");
        }
        foreach (var (method, path) in cardRoutes)
        {
            foreach (var token in new[] { TestHost.AdminToken, _tokenA })
                Assert.That(await Call(token, method, path), Is.EqualTo(401), $"{method} {path} with a staff token");
            if (method != "GET") continue;
            Assert.That(await Call(_cardA, method, path), Is.InRange(200, 299), $"{method} {path} with the volunteer's card");
            Assert.That(await Call(null, method, path, cardCookie: _cardA), Is.InRange(200, 299), $"{method} {path} with the card cookie");
            if (path.Contains("{id}"))
                Assert.That(await Call(_cardOfAnother, method, path), Is.EqualTo(404), $"{method} {path} with another volunteer's card");
        }
    }
}
