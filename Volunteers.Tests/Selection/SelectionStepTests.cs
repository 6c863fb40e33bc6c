using System.Text.Json.Nodes;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Selection;

/// <summary>Each test runs the selection of a past year of its own, so they share one host.</summary>
public sealed class SelectionStepTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!;
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);
    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await Admin.CreatePointWithCoordinator("甲村");
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<long> Volunteer(int year, params decimal[] hours)
    {
        var id = await A.CreateVolunteer(_a.PointId);
        foreach (var h in hours) await Ledger.RecordApproved(A, Admin, id, h, $"{year}-06-15");
        return id;
    }

    private async Task<JsonNode> View(int year) => (await Admin.Get($"/api/selections/{year}")).Expect(200).Json;
    private Task<Reply> Nominate(int year, long volunteer) => A.Post($"/api/selections/{year}/nominations", new { volunteerId = volunteer, reason = "积极" });

    [Test]
    public async Task Candidates_are_ranked_with_their_hours_and_records_and_the_minimum_is_in_hours()
    {
        var year = ThisYear - 1;
        var twoRecords = await Volunteer(year, 3, 2);
        var oneRecord = await Volunteer(year, 5);
        await Volunteer(year, 2);
        (await Admin.Post("/api/selections", new { year, minHours = 2.5, quota = 5 })).Expect(201);
        var view = await View(year);
        Assert.That(view["minHours"]!.GetValue<decimal>(), Is.EqualTo(2.5m));
        Assert.That(view["state"]!.GetValue<string>(), Is.EqualTo("nominating"));
        var candidates = view["candidates"]!.AsArray().Select(c => (c!["rank"]!.GetValue<int>(), c["volunteerId"]!.GetValue<long>(),
            c["hours"]!.GetValue<decimal>(), c["records"]!.GetValue<int>()));
        Assert.That(candidates, Is.EqualTo(new[] { (1, twoRecords, 5m, 2), (2, oneRecord, 5m, 1) }));
        var refused = (await Nominate(year, await Volunteer(year, 2))).Expect(409);
        Assert.That(refused.Str("detail"), Does.Contain("年度服务满 2.5 小时"));
    }

    [Test]
    public async Task Every_step_is_kept_with_what_it_did()
    {
        var year = ThisYear - 2;
        var volunteer = await Volunteer(year, 4);
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 2, pointQuota = 2 })).Expect(201);
        (await Nominate(year, volunteer)).Expect(201);
        (await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { volunteer } })).Expect(200);
        (await Admin.Post($"/api/selections/{year}/notice", new { days = 3 })).Expect(200);
        var objection = (await Admin.Post($"/api/selections/{year}/objections", new { volunteerId = volunteer, text = "核实" })).Expect(201)
            .Id;
        Assert.That((await Admin.Post($"/api/selections/{year}/finalize")).Expect(409).Str("detail"), Does.Contain("公示期"));
        (await Admin.Post($"/api/selections/{year}/objections/{objection}/resolve", new { upheld = false, note = "不成立" })).Expect(200);

        var view = await View(year);
        var steps = view["steps"]!.AsArray().Select(s => (s!["step"]!.GetValue<string>(), s["detail"]?.GetValue<string>()));
        Assert.That(steps, Is.EqualTo(new[]
        {
            ("created", "minHours=1; quota=2; pointQuota=2"), ("nominated", $"volunteer {volunteer}"), ("reviewed", $"confirmed {volunteer}"),
            ("notice", "3 days"), ("objection", $"objection {objection} on volunteer {volunteer}"), ("objection-dismissed", $"objection {objection}"),
        }));
        var notice = view["noticeEndsAt"]!.GetValue<DateTimeOffset>() - view["noticeStartsAt"]!.GetValue<DateTimeOffset>();
        Assert.That(notice, Is.EqualTo(TimeSpan.FromDays(3)));
        Assert.That(view["nominations"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("confirmed"), "a dismissed objection keeps the nominee");

        var again = (await Admin.Post($"/api/selections/{year}/objections/{objection}/resolve", new { upheld = true, note = "再议" })).Expect(409);
        Assert.That(again.Str("detail"), Does.Contain("已处理"));
        (await Admin.Post($"/api/selections/{year}/objections/987654/resolve", new { upheld = true, note = "x" })).Expect(404);
    }

    [Test]
    public async Task A_step_out_of_turn_says_which_step_the_year_is_at()
    {
        var year = ThisYear - 3;
        var confirmed = await Volunteer(year, 4);
        var dropped = await Volunteer(year, 3);
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 2 })).Expect(201);
        (await Nominate(year, confirmed)).Expect(201);
        (await Nominate(year, dropped)).Expect(201);
        (await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { confirmed } })).Expect(200);
        Assert.That((await Nominate(year, confirmed)).Expect(409).Str("detail"), Does.Contain("“审核完成”阶段"));
        (await Admin.Post($"/api/selections/{year}/notice", new { days = 0 })).Expect(200);
        Assert.That((await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { confirmed } })).Expect(409).Str("detail"),
            Does.Contain("“公示”阶段"));
        var objection = (await Admin.Post($"/api/selections/{year}/objections", new { volunteerId = confirmed, text = "核实" })).Expect(201)
            .Id;
        Assert.That((await Admin.Post($"/api/selections/{year}/finalize")).Expect(409).Str("detail"), Does.Contain("未处理的异议"));
        (await Admin.Post($"/api/selections/{year}/objections/{objection}/resolve", new { upheld = false, note = "不成立" })).Expect(200);

        var awards = (await Admin.Post($"/api/selections/{year}/finalize")).Expect(200).Json.AsArray();
        Assert.That(awards.Select(a => a!["volunteerId"]!.GetValue<long>()), Is.EqualTo(new[] { confirmed }), "a nominee left out at review gets no award");
        Assert.That((await View(year))["nominations"]!.AsArray().Select(n => n!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "confirmed", "removed" }));
        Assert.That((await Nominate(year, dropped)).Expect(409).Str("detail"), Does.Contain("“已定稿”阶段"));
        Assert.That((await Admin.Get($"/api/selections/{year + 10}")).Expect(404).Str("detail"), Does.Contain($"{year + 10} 年度评选"));
    }

    [Test]
    public async Task A_points_quota_message_names_the_quota()
    {
        var year = ThisYear - 4;
        var first = await Volunteer(year, 4);
        var second = await Volunteer(year, 3);
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 3, pointQuota = 1 })).Expect(201);
        Assert.That((await Admin.Post("/api/selections", new { year, minHours = 1, quota = 3 })).Expect(409).Str("detail"), Does.Contain($"{year} 年度评选已经创建"));
        (await Nominate(year, first)).Expect(201);
        Assert.That((await Nominate(year, first)).Expect(409).Str("detail"), Does.Contain("已被推荐"));
        Assert.That((await Nominate(year, second)).Expect(409).Str("detail"), Does.Contain("（1 名）"));
        Assert.That((await Admin.Post($"/api/selections/{year}/review", new { volunteerIds = new[] { second } })).Expect(400).ErrorReason("volunteerIds"),
            Does.Contain($"志愿者 {second} 未被推荐"));
    }
}
