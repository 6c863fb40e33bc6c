using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Volunteers.Tests.Documents;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Reports;

/// <summary>
/// March 2027 of a town with two learning points, made through the API on a test clock: what was registered, approved,
/// held, recorded, reversed and checked in that month — and around it, in February and April — gives known figures.
/// </summary>
public sealed class MonthlyBriefingTests
{
    private readonly TestClock _clock = new(At(2027, 2, 20, 10));
    private TestHost _host = null!;
    private ApiClient Admin => _host.Admin();
    private PointWithCoordinator _dongshan = null!, _xinlian = null!;

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost { Clock = _clock };
        (await Admin.Put("/api/town", new { name = "扶欢镇", residentPopulation = 35000, targetRatio = 0.01 })).Expect(200);
        _dongshan = await Admin.CreatePointWithCoordinator("东山村");
        _xinlian = await Admin.CreatePointWithCoordinator("新连村");
        var dongshan = _host.As(_dongshan.Token);
        var xinlian = _host.As(_xinlian.Token);

        // February: one volunteer and their hours, outside the month.
        var february = await dongshan.CreateVolunteer(_dongshan.PointId);
        await Ledger.RecordApproved(dongshan, Admin, february, 3, "2027-02-18");

        // 1 March: two volunteers at 东山村, one self-registered at 新连村 (pending), a check-in activity at 新连村.
        _clock.Set(At(2027, 3, 1, 9));
        var first = await dongshan.CreateVolunteer(_dongshan.PointId);
        var second = await dongshan.CreateVolunteer(_dongshan.PointId);
        (await _host.Anonymous().Post("/api/registrations", People.Registration(_xinlian.PointId))).Expect(201);
        var registered = (await xinlian.Get("/api/volunteers?status=pending")).Expect(200).Json["items"]![0]!["id"]!.GetValue<long>();
        (await xinlian.Post($"/api/volunteers/{registered}/approve", new { reason = "核对" })).Expect(200);
        var (checkin, _) = await xinlian.CheckinActivity(_xinlian.PointId);
        _clock.Set(At(2027, 3, 1, 10, 30));
        (await xinlian.Enter(checkin, registered, "in")).Expect(200);
        (await Admin.Enter(checkin, first, "in")).Expect(200);

        // Held in March: a lecture at 东山村 and a town-level reading week; a cancelled one and April's are not.
        await dongshan.CreateActivity(_dongshan.PointId, "2027-03-05");
        await Admin.CreateActivity(null, "2027-03-10", "reading-week");
        var cancelled = await xinlian.CreateActivity(_xinlian.PointId, "2027-03-12");
        (await xinlian.Post($"/api/activities/{cancelled}/cancel", new { reason = "下雨" })).Expect(200);
        await xinlian.CreateActivity(_xinlian.PointId, "2027-04-02");

        // 20 March: 108 hours for the first (nine days of 12: their first star), 2 for the registered, 1 reversed.
        _clock.Set(At(2027, 3, 20, 9));
        for (var day = 1; day <= 9; day++) await Ledger.RecordApproved(dongshan, Admin, first, 12, $"2027-03-{day:00}");
        await Ledger.RecordApproved(xinlian, Admin, registered, 2, "2027-03-04");
        var reversed = await Ledger.RecordApproved(dongshan, Admin, second, 1, "2027-03-05");
        (await Admin.Post($"/api/service-records/{reversed}/reverse", new { reason = "录入有误" })).Expect(201);

        // April: the second volunteer is suspended; March's month end still counts them active.
        _clock.Set(At(2027, 4, 3, 9));
        (await Admin.Post($"/api/volunteers/{second}/suspend", new { reason = "外出务工" })).Expect(200);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<JsonNode> Briefing(string month) => (await Admin.Get($"/api/reports/monthly/{month}")).Expect(200).Json;

    [Test]
    public async Task March_gives_the_figures_its_activities_registry_ledger_and_checkins_hold()
    {
        var march = await Briefing("2027-03");
        Assert.That(march["empty"]!.GetValue<bool>(), Is.False);
        Assert.That(march["from"]!.GetValue<string>(), Is.EqualTo("2027-03-01"));
        Assert.That(march["to"]!.GetValue<string>(), Is.EqualTo("2027-03-31"));
        var activities = march["activities"]!.AsArray();
        Assert.That(activities.Select(a => (a!["date"]!.GetValue<string>(), a["typeLabel"]!.GetValue<string>(), a["learningPoint"]!.GetValue<string>())),
            Is.EqualTo(new[] { ("2027-03-01", "全民阅读周", "新连村"), ("2027-03-05", "讲座", "东山村"), ("2027-03-10", "全民阅读周", "镇级活动") }));
        Assert.That(Counts(march["activitiesByType"]!), Is.EqualTo(new[] { ("全民阅读周", 2), ("讲座", 1) }));
        Assert.That(Counts(march["activitiesByPoint"]!), Is.EquivalentTo(new[] { ("东山村", 1), ("新连村", 1), ("镇级活动", 1) }));

        Assert.That(march["volunteers"]!["registered"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(march["volunteers"]!["approved"]!.GetValue<int>(), Is.EqualTo(1));
        var service = march["service"]!;
        Assert.That(service["approvedHours"]!.GetValue<decimal>(), Is.EqualTo(110m), "108 + 2, the reversed hour netted out");
        Assert.That(service["approvedRecords"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(service["servingVolunteers"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(service["checkins"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(service["checkedInVolunteers"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(march["starsReached"]!.AsArray().Select(s => (s!["level"]!.GetValue<int>(), s["volunteers"]!.GetValue<int>())),
            Is.EqualTo(new[] { (1, 1) }));

        var progress = march["progress"]!;
        Assert.That(progress["target"]!.GetValue<int>(), Is.EqualTo(350));
        Assert.That(progress["activeAtMonthEnd"]!.GetValue<int>(), Is.EqualTo(4), "the one suspended in April was active at March's end");
        Assert.That(progress["months"]!.AsArray().Select(m => (m!["month"]!.GetValue<string>(), m["active"]!.GetValue<int>())),
            Is.EqualTo(new[] { ("2027-01", 0), ("2027-02", 1), ("2027-03", 4) }));
        Assert.That(progress["percentOfTarget"]!.GetValue<decimal>(), Is.EqualTo(1.1m));

        var league = march["leagueTable"]!.AsArray();
        Assert.That(league.Select(p => (p!["rank"]!.GetValue<int>(), p["learningPoint"]!.GetValue<string>(), p["approvedHours"]!.GetValue<decimal>(),
                p["servingVolunteers"]!.GetValue<int>(), p["activities"]!.GetValue<int>(), p["registeredVolunteers"]!.GetValue<int>())),
            Is.EqualTo(new[] { (1, "东山村", 108m, 1, 1, 2), (2, "新连村", 2m, 1, 1, 1) }));

        Assert.That(march["summary"]!.GetValue<string>(), Is.EqualTo(
            "2027年3月，扶欢镇开展活动3场，新登记志愿者3人，审核通过1人，核定志愿服务时长110小时（2名志愿者），活动签到2人次，1人次晋升星级；" +
            "月末在册志愿者4人，为目标350人的1.1%。服务时长最多的学习点是东山村（108小时）。"));
    }

    [Test]
    public async Task April_counts_the_suspension_and_a_month_with_nothing_in_it_says_so()
    {
        var april = await Briefing("2027-04");
        Assert.That(april["progress"]!["activeAtMonthEnd"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(april["activities"]!.AsArray().Count, Is.EqualTo(1));

        var january = await Briefing("2027-01");
        Assert.That(january["empty"]!.GetValue<bool>(), Is.True);
        Assert.That(january["activities"]!.AsArray(), Is.Empty);
        Assert.That(january["leagueTable"]!.AsArray().Select(p => p!["rank"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 1 }), "equal figures share a rank");
        Assert.That(january["summary"]!.GetValue<string>(), Is.EqualTo(
            "2027年1月，扶欢镇没有开展活动，也没有新登记的志愿者和志愿服务记录；月末在册志愿者0人，为目标350人的0%。"));
    }

    [Test]
    public async Task The_pdf_prints_the_summary_the_activities_the_figures_and_the_league_table_on_a4()
    {
        var pdf = await Admin.Download("/api/reports/monthly/2027-03.pdf", "monthly-briefing-2027-03");
        Assert.That(pdf.Title, Is.EqualTo("扶欢镇社区教育简报（2027年3月）"));
        var text = pdf.AllText;
        var summary = (await Briefing("2027-03"))["summary"]!.GetValue<string>();
        Assert.That(Squeezed(text), Does.Contain(Squeezed(summary)), "the summary sentence, as the JSON says it");
        Assert.That(text, Does.Contain("3月1日").And.Contain("3月5日").And.Contain("3月10日").And.Not.Contain("3月12日"));
        Assert.That(text, Does.Contain("家庭教育讲座").And.Contain("镇级活动"));
        Assert.That(Squeezed(text), Does.Contain("核定服务时长（小时）110").And.Contain("月末在册志愿者（人）4（目标350，1.1%）"));
        Assert.That(Squeezed(text), Does.Contain("1东山村108112").And.Contain("2新连村2111"), "rank, point, hours, serving, activities, registered");
        Assert.That(text, Does.Contain("目标 350 人").And.Contain("12月"), "the year's line against the target");

        var empty = await Admin.Download("/api/reports/monthly/2027-01.pdf", "monthly-briefing-2027-01");
        Assert.That(empty.AllText, Does.Contain("本月没有开展活动"));
    }

    [Test]
    public async Task The_html_for_a_wechat_article_has_inline_styles_only_no_script_and_nothing_fetched_from_elsewhere()
    {
        var reply = await Admin.Get("/api/reports/monthly/2027-03.html");
        Assert.That(reply.Expect(200).Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        var html = await reply.Message.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);
        Assert.That(document.QuerySelectorAll("script, style, link, iframe, object, embed, form"), Is.Empty);
        var all = document.All.ToList();
        Assert.That(all.Where(e => e.HasAttribute("class") || e.HasAttribute("id")).Select(e => e.LocalName), Is.Empty, "no class or id for a style sheet to hold on to");
        Assert.That(all.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on")).Select(a => a.Name), Is.Empty, "no event handlers");
        var sources = all.SelectMany(e => e.Attributes).Where(a => a.Name is "src" or "href" or "srcset" or "poster" or "data").Select(a => a.Value).ToList();
        Assert.That(sources, Is.Not.Empty.And.All.StartsWith("data:image/png;base64,"), "the chart is inside the page");
        Assert.That(all.Select(e => e.GetAttribute("style") ?? "").Where(s => s.Contains("url(")), Is.Empty);
        var chart = Convert.FromBase64String(sources[0]["data:image/png;base64,".Length..]);
        Assert.That(chart[..8], Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }));

        var text = document.Body!.TextContent;
        var march = await Briefing("2027-03");
        Assert.That(text, Does.Contain(march["summary"]!.GetValue<string>()));
        Assert.That(text, Does.Contain("家庭教育讲座").And.Contain("镇级活动").And.Contain("全民阅读周 2 场"));
        Assert.That(document.QuerySelectorAll("table").Last().QuerySelectorAll("tbody tr").Select(r => r.TextContent),
            Is.EqualTo(new[] { "1东山村10811", "2新连村211" }));

        await using var browser = await PhoneBrowser.Launch();
        var page = await browser.NewPage(new Uri("http://127.0.0.1:9/"));  // the page is set, never fetched
        await page.SetContentAsync(html);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.That(width, Is.LessThanOrEqualTo(360), "nothing wider than a phone's screen");
        var shown = await page.EvaluateAsync<int>("document.querySelector('img').getBoundingClientRect().width");
        Assert.That(shown, Is.InRange(300, 360), "the chart takes the phone's width");
        await PhoneBrowser.Screenshot(page, "monthly-briefing-2027-03-360px", fullPage: true);
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Test]
    public async Task A_briefing_is_the_town_administrators_and_a_month_is_written_year_dash_month()
    {
        (await _host.As(_dongshan.Token).Get("/api/reports/monthly/2027-03")).Expect(403);
        (await _host.As(_dongshan.Token).Get("/api/reports/monthly/2027-03.pdf")).Expect(403);
        (await _host.As(_dongshan.Token).Get("/api/reports/monthly/2027-03.html")).Expect(403);
        (await _host.Anonymous().Get("/api/reports/monthly/2027-03")).Expect(401);
        foreach (var bad in new[] { "2027-13", "2027-3", "March", "1999-12" })
        {
            Assert.That((await Admin.Get($"/api/reports/monthly/{bad}")).Expect(400).ErrorFields, Is.EqualTo(new[] { "month" }), bad);
            Assert.That((await Admin.Get($"/api/reports/monthly/{bad}.pdf")).Expect(400).ErrorFields, Is.EqualTo(new[] { "month" }), bad);
        }
    }

    private static IEnumerable<(string, int)> Counts(JsonNode list) =>
        list.AsArray().Select(c => (c!["label"]!.GetValue<string>(), c["count"]!.GetValue<int>()));
}
