using System.Text;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Towns;

/// <summary>
/// Every operation of the OpenAPI document that names an object, as the other town's administrator and coordinator:
/// 扶欢镇's objects are never reachable from 古南街道, whatever the body, and no list or export of 古南街道 holds any of
/// them. The routes come from the document, so a new one is checked without anyone remembering to add it.
/// </summary>
public sealed class CrossTownAccessTests : TwoTownFixture
{
    private List<(string Method, string Path)> _operations = [];

    [OneTimeSetUp]
    public async Task ReadDocument()
    {
        var doc = (await Host.Anonymous().Get("/swagger/v1/swagger.json")).Expect(200).Json;
        _operations = doc["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => (m.Key.ToUpperInvariant(), p.Key))).ToList();
    }

    private static bool IsCardRoute(string path) =>
        path == "/api/me" || path.StartsWith("/api/me/", StringComparison.Ordinal) || path.StartsWith("/api/checkin/", StringComparison.Ordinal);

    /// <summary>A route filled with 扶欢镇's objects.</summary>
    private string OfFuhuan(string path)
    {
        var id = path.Split('/')[2] switch
        {
            "volunteers" => Fuhuan.Volunteer,
            "learning-points" => Fuhuan.Point.PointId,
            "accounts" => Fuhuan.Point.AccountId,
            "activities" => Fuhuan.Activity,
            "service-records" => Fuhuan.Record,
            "awards" => Fuhuan.Award,
            "selections" => Fuhuan.Objection,
            _ => 0,
        };
        var filled = path.Replace("{id}", id.ToString()).Replace("{year}", Year.ToString()).Replace("{signupId}", "1").Replace("{month}", Month);
        Assert.That(filled, Does.Not.Contain("{").And.Not.Contain("/0"), $"the cross-town matrix cannot fill {path}: add its object to the fixture");
        return filled;
    }

    /// <summary>A body each write would accept from staff of 扶欢镇: refused anyway, the refusal comes from the town.</summary>
    private object? BodyFor(string method, string path) => (method, path) switch
    {
        ("PATCH", "/api/volunteers/{id}") => new { workplace = "乙村卫生室" },
        ("POST", "/api/volunteers/{id}/approve" or "/api/volunteers/{id}/suspend" or "/api/volunteers/{id}/withdraw") => new { reason = "核对" },
        ("POST", "/api/volunteers/{id}/reveal-id-number") => new { reason = "核对身份信息" },
        ("POST", "/api/volunteers/{id}/redemptions") => new { points = 1, item = "笔记本" },
        ("POST", "/api/volunteers/{id}/transfer") => new { learningPointId = Gunan.Point.PointId },
        ("PUT", "/api/learning-points/{id}") => new { code = "P1", name = "扶欢镇甲村", kind = "village", residentPopulation = 1200 },
        ("POST", "/api/service-records/{id}/reject" or "/api/service-records/{id}/reverse" or "/api/activities/{id}/cancel" or "/api/awards/{id}/revoke")
            => new { reason = "核实有误" },
        ("PATCH", "/api/activities/{id}") => new { capacity = 20 },
        ("POST", "/api/activities/{id}/signups") => new { volunteerId = Fuhuan.Volunteer },
        ("POST", "/api/activities/{id}/attendance") => new { entries = new[] { new { volunteerId = Fuhuan.Volunteer, hours = 1 } } },
        ("POST", "/api/activities/{id}/checkins") => new { volunteerId = Fuhuan.Volunteer, action = "in" },
        ("POST", "/api/selections/{year}/objections/{id}/resolve") => new { upheld = true, note = "成立" },
        _ => null,
    };

    private async Task<int> Call(string token, string method, string url, object? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = body is not null ? System.Net.Http.Json.JsonContent.Create(body, body.GetType(), options: ApiClient.Json)
                : method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        return (await Host.As(token).Send(request)).Code;
    }

    private async Task<string> StateOfFuhuan() =>
        (await District.Get($"/api/volunteers/{Fuhuan.Volunteer}")).Expect(200).Json.ToJsonString()
        + (await District.Get($"/api/service-records/{Fuhuan.Record}")).Expect(200).Json.ToJsonString()
        + (await District.Get($"/api/activities/{Fuhuan.Activity}")).Expect(200).Json.ToJsonString()
        + (await District.Get($"/api/awards?year={Year}&townId={Fuhuan.TownId}")).Expect(200).Json.ToJsonString();

    [Test]
    public async Task The_other_towns_staff_never_reach_an_object_of_this_town_whatever_the_body()
    {
        var before = await StateOfFuhuan();
        var checkedCount = 0;
        foreach (var (method, path) in _operations.Where(o => o.Path.Contains("{id}") && !IsCardRoute(o.Path) && !o.Path.StartsWith("/api/towns/")))
            foreach (var (who, token) in new[] { ("古南街道's administrator", Gunan.AdminToken), ("古南街道's coordinator", Gunan.Point.Token) })
            {
                Assert.That(await Call(token, method, OfFuhuan(path), null), Is.AnyOf(403, 404), $"{method} {path} as {who}, empty body");
                if (BodyFor(method, path) is { } body)
                    Assert.That(await Call(token, method, OfFuhuan(path), body), Is.AnyOf(403, 404), $"{method} {path} as {who}, valid body");
                checkedCount++;
            }
        TestContext.Out.WriteLine($"{checkedCount} cross-town route checks");
        Assert.That(checkedCount, Is.GreaterThanOrEqualTo(70), "37 routes naming an object, as two callers");
        Assert.That(await StateOfFuhuan(), Is.EqualTo(before), "扶欢镇's volunteer, record, activity and award are as they were");
    }

    [Test]
    public async Task The_other_towns_staff_cannot_name_this_towns_objects_in_a_body()
    {
        var admin = Host.As(Gunan.AdminToken);
        var coordinator = Host.As(Gunan.Point.Token);
        Assert.That((await coordinator.Post("/api/volunteers", People.Volunteer(Fuhuan.Point.PointId))).Expect(400).ErrorFields, Is.EqualTo(new[] { "learningPointId" }));
        (await coordinator.Record(Fuhuan.Volunteer, 1)).Expect(400);
        var sheet = await coordinator.Post($"/api/activities/{Gunan.Activity}/attendance", new { entries = new[] { new { volunteerId = Fuhuan.Volunteer, hours = 1 } } });
        sheet.Expect(400);
        (await admin.Post("/api/accounts", new { name = "李四", role = "point-coordinator", learningPointId = Fuhuan.Point.PointId })).Expect(400);
        (await admin.Post("/api/accounts", new { name = "李四", role = "town-admin", townId = Fuhuan.TownId })).Expect(404);
        (await admin.Put($"/api/towns/{Fuhuan.TownId}", new { name = "扶欢镇", residentPopulation = 1, targetRatio = 0.01 })).Expect(404);
        Assert.That((await District.Get("/api/town")).Code, Is.EqualTo(400), "two towns: the district administrator names one");
        Assert.That((await District.Get($"/api/town?townId={Fuhuan.TownId}")).Expect(200).Json["residentPopulation"]!.GetValue<long>(), Is.EqualTo(35000));
    }

    [Test]
    public async Task No_list_or_export_of_the_other_town_holds_anything_of_this_town()
    {
        var traces = new[] { Fuhuan.VolunteerNo, Fuhuan.PointName, Fuhuan.CertificateNo };
        var walked = 0;
        foreach (var (method, path) in _operations.Where(o => o.Method == "GET" && !IsCardRoute(o.Path) && !o.Path.Contains("{id}") && !o.Path.Contains("{code}")))
        {
            var url = path.Replace("{format}", "csv").Replace("{year}", Year.ToString()).Replace("{month}", Month);
            foreach (var token in new[] { Gunan.AdminToken, Gunan.Point.Token })
            {
                var reply = await Host.As(token).Get(url);
                var text = await reply.Message.Content.ReadAsStringAsync();
                foreach (var trace in traces) Assert.That(text, Does.Not.Contain(trace), $"GET {url} ({reply.Code}) as 古南街道's staff holds {trace}");
                walked++;
            }
        }
        TestContext.Out.WriteLine($"{walked} lists and exports walked");
        var own = await (await Host.As(Gunan.AdminToken).Get("/api/exports/volunteers.csv")).Message.Content.ReadAsStringAsync();
        Assert.That(own, Does.Contain(Gunan.VolunteerNo), "the walk reads what it should: the town's own volunteers are there");
    }

    [Test]
    public async Task The_district_administrator_reaches_both_towns_and_a_named_town_lists_only_its_own()
    {
        (await District.Get($"/api/volunteers/{Fuhuan.Volunteer}")).Expect(200);
        (await District.Get($"/api/volunteers/{Gunan.Volunteer}")).Expect(200);
        string[] Numbers(Reply r) => r.Expect(200).Json["items"]!.AsArray().Select(v => v!["volunteerNo"]!.GetValue<string>()).ToArray();
        Assert.That(Numbers(await District.Get("/api/volunteers")), Does.Contain(Fuhuan.VolunteerNo).And.Contain(Gunan.VolunteerNo));
        Assert.That(Numbers(await District.Get($"/api/volunteers?townId={Gunan.TownId}")), Does.Contain(Gunan.VolunteerNo).And.Not.Contain(Fuhuan.VolunteerNo));
        Assert.That((await District.Get("/api/volunteers?townId=abc")).Expect(400).ErrorFields, Is.EqualTo(new[] { "townId" }));
    }
}
