using Volunteers.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Volunteers.Tests.Signups;

/// <summary>Signing up on /activities and cancelling on /me, in Debian's Chromium at 360×740, against the app served by Kestrel.</summary>
public sealed class SignupPageTests
{
    private TestHost _host = null!;
    private Uri _site = null!;
    private PhoneBrowser _browser = null!;
    private PointWithCoordinator _point = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _site = _host.StartKestrel();
        _point = await _host.Over(_site, TestHost.AdminToken).CreatePointWithCoordinator("新连村");
        _browser = await PhoneBrowser.Launch();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _browser.DisposeAsync();
        _host.DisposeAndDelete();
    }

    [Test]
    public async Task A_volunteer_signs_up_on_the_list_sees_it_on_their_page_and_cancels_it()
    {
        var coordinator = _host.Over(_site, _point.Token);
        var nextWeek = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7).ToString("yyyy-MM-dd");
        var lecture = await coordinator.CreateOpenActivity(_point.PointId, date: nextWeek, capacity: 1, title: "家风家训讲座");
        await coordinator.CreateOpenActivity(_point.PointId, date: nextWeek, start: "14:00", end: "16:00", title: "农技培训");
        (await coordinator.SignUp(lecture, await coordinator.CreateVolunteer(_point.PointId))).Expect(201);
        var key = await coordinator.Issue(await coordinator.CreateVolunteer(_point.PointId));

        var page = await _browser.Open(_site, "/c/" + key);
        await page.GotoAsync("/activities");
        await Expect(page.Locator("main")).ToContainTextAsync("名额 1 人，已满，可报名候补");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "报名候补" }).ClickAsync();
        await Expect(page.Locator($"#r-{lecture}")).ToContainTextAsync("已报名候补，排在第 1 位");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "我要报名" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("报名成功");
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button)).ToHaveCountAsync(0);
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(360), "nothing wider than the phone");
        await PhoneBrowser.Screenshot(page, "activities-signed-up", fullPage: true);

        await page.GotoAsync("/me");
        var signups = page.Locator("#signups");
        await Expect(signups).ToContainTextAsync("农技培训");
        await Expect(signups).ToContainTextAsync("已确认");
        await Expect(signups).ToContainTextAsync("候补第 1 位");
        await Expect(page.Locator("#signups a[href='/api/me/calendar.ics']")).ToBeVisibleAsync();
        await PhoneBrowser.Screenshot(page, "me-signups", fullPage: true);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.Locator("#signups li", new() { HasText = "农技培训" }).GetByRole(Microsoft.Playwright.AriaRole.Button).ClickAsync();
        await Expect(signups).Not.ToContainTextAsync("农技培训");
        await Expect(signups).ToContainTextAsync("家风家训讲座");
    }
}
