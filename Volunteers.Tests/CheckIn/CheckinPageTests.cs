using Volunteers.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Volunteers.Tests.Support.CheckinSetup;

namespace Volunteers.Tests.CheckIn;

/// <summary>Scanning the poster on a phone: Debian's Chromium at 360×740, the service and the phone on the same (test) clock.</summary>
public sealed class CheckinPageTests
{
    private TestHost _host = null!;
    private TestClock _clock = null!;
    private Uri _site = null!;
    private PhoneBrowser _browser = null!;
    private PointWithCoordinator _point = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _clock = new TestClock(At(8, 0));
        _host = new TestHost { Clock = _clock };
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

    private async Task<Microsoft.Playwright.IPage> PhoneAt(DateTimeOffset instant, string path, Microsoft.Playwright.IPage? page = null)
    {
        _clock.Set(instant);
        page ??= await _browser.NewPage(_site);
        await page.Clock.SetSystemTimeAsync(instant.UtcDateTime);
        await page.GotoAsync(path);
        return page;
    }

    [Test]
    public async Task A_volunteer_opens_their_card_scans_presses_check_in_and_later_check_out_and_sees_the_hours()
    {
        var coordinator = _host.Over(_site, _point.Token);
        var (_, code) = await coordinator.CheckinActivity(_point.PointId, title: "全民终身学习活动周开幕式");
        var key = await coordinator.Issue(await coordinator.CreateVolunteer(_point.PointId));

        var page = await PhoneAt(At(9, 50), "/c/" + key);
        await PhoneAt(At(9, 50), "/checkin/" + code, page);
        await Expect(page.Locator("#activity")).ToContainTextAsync("全民终身学习活动周开幕式");
        await Expect(page.Locator("#activity")).ToContainTextAsync("签到时间：2027-03-01 09:00 至 15:00");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "签到" }).ClickAsync();
        await Expect(page.Locator("#checked-in")).ToContainTextAsync("已于 09:50 签到");
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(360), "nothing wider than the phone");
        await PhoneBrowser.Screenshot(page, "checkin-in", fullPage: true);

        await PhoneAt(At(12, 5), "/checkin/" + code, page);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "签退" }).ClickAsync();
        await Expect(page.Locator("#done")).ToContainTextAsync("已签到 09:50 · 已签退 12:05");
        await Expect(page.Locator("main .big")).ToHaveTextAsync("2.5");
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button)).ToHaveCountAsync(0);
        await PhoneBrowser.Screenshot(page, "checkin-out", fullPage: true);
    }

    [Test]
    public async Task Without_a_card_the_page_says_how_to_get_one_and_an_unknown_code_says_what_to_do()
    {
        var (_, code) = await _host.Over(_site, _point.Token).CheckinActivity(_point.PointId, title: "家庭教育讲座");
        var page = await PhoneAt(At(9, 50), "/checkin/" + code);
        await Expect(page.Locator("#no-card")).ToContainTextAsync("请先打开志愿者证");
        await Expect(page.Locator("#no-card a[href='/register']")).ToBeVisibleAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button)).ToHaveCountAsync(0);
        await PhoneBrowser.Screenshot(page, "checkin-no-card", fullPage: true);

        await page.GotoAsync("/checkin/" + new string('0', 32));
        await Expect(page.Locator("#unknown")).ToContainTextAsync("这个签到二维码无法使用");
    }
}
