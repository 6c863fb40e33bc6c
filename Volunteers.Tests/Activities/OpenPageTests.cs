using System.Net;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Activities;

/// <summary>The public /activities page: what is open for sign-up by learning point, places left, nothing personal.</summary>
public sealed class OpenPageTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!;
    private ApiClient _coordinator = null!;
    private string _mobile = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost { Clock = new TestClock(SignupSetup.Now) };
        _a = await _host.Admin().CreatePointWithCoordinator("吉𠮷村");
        _coordinator = _host.As(_a.Token);
        var full = await _coordinator.CreateOpenActivity(_a.PointId, capacity: 1, waitlist: false, title: "书法进农家");
        await _coordinator.CreateOpenActivity(_a.PointId, capacity: 10, title: "<b>亲子阅读</b>", start: "14:00", end: "16:00");
        await _host.Admin().CreateOpenActivity(null, title: "全民阅读周启动仪式", start: null, end: null);
        var volunteer = People.Volunteer(_a.PointId);
        volunteer["name"] = "阿卜杜·热合曼";
        _mobile = (string)volunteer["mobile"]!;
        (await _coordinator.SignUp(full, (await _coordinator.Post("/api/volunteers", volunteer)).Expect(201).Id)).Expect(201);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<string> Page(string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/activities");
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        var response = await _host.CreateClient().SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/html; charset=utf-8"));
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Anyone_sees_the_activities_by_point_with_the_places_left_and_nothing_personal()
    {
        var html = await Page();
        Assert.That(html, Does.Contain("<h2>镇级活动</h2>").And.Contain("<h2>吉𠮷村</h2>"));
        Assert.That(html.IndexOf("镇级活动", StringComparison.Ordinal), Is.LessThan(html.IndexOf("吉𠮷村</h2>", StringComparison.Ordinal)), "the town's first");
        Assert.That(html, Does.Contain("名额 10 人，剩余 10 人").And.Contain("名额 1 人，已满").And.Contain("不限名额"));
        Assert.That(html, Does.Contain("3月10日 周三 14:00–16:00 · 村委会").And.Contain("3月10日 周三 全天"));
        Assert.That(html, Does.Contain("<h3><b>亲子阅读</b></h3>"), "decoded here: the title arrived as text");
        Assert.That(html, Does.Not.Contain("阿卜杜·热合曼").And.Not.Contain(_mobile).And.Not.Contain(_mobile[7..] + "<"));
        Assert.That(html, Does.Not.Contain("data-activity").And.Not.Contain("<script"), "no card, no button");
        Assert.That(html, Does.Contain("href=\"/register\""));
    }

    [Test]
    public async Task A_markup_title_is_escaped_in_the_page()
    {
        var response = await _host.CreateClient().GetStringAsync("/activities");
        Assert.That(response, Does.Contain("&lt;b&gt;亲子阅读&lt;/b&gt;").And.Not.Contain("<b>亲子阅读"));
    }

    [Test]
    public async Task With_a_card_cookie_each_open_activity_has_a_button_but_a_full_one_without_a_waitlist_has_none()
    {
        var html = await Page("volunteer_card=card_anything");
        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "data-activity=").Count, Is.EqualTo(2));
        Assert.That(html, Does.Contain("<script>").And.Contain("/api/me/signups"));
    }
}
