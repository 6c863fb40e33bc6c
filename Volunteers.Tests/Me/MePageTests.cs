using System.Text.RegularExpressions;
using Volunteers.Tests.Registration;
using Volunteers.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Volunteers.Tests.Me;

/// <summary>The card link and /me in Debian's Chromium at a phone's size, against the app served by Kestrel.</summary>
public sealed class MePageTests
{
    private const string PointName = "新连村";
    private TestHost _host = null!;
    private Uri _site = null!;
    private PhoneBrowser _browser = null!;
    private PointWithCoordinator _point = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?>
        {
            ["Volunteers:Incentives:StarThresholds"] = "2,5,10",
            // The card link the form answers is followed in the browser: it must point at this loopback site.
            ["Volunteers:Selection:PublicBaseUrl"] = "",
        });
        _site = _host.StartKestrel();
        _point = await _host.Over(_site, TestHost.AdminToken).CreatePointWithCoordinator(PointName);
        _browser = await PhoneBrowser.Launch();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _browser.DisposeAsync();
        _host.DisposeAndDelete();
    }

    [Test]
    public async Task An_active_volunteer_opens_the_card_link_and_sees_hours_and_star_progress_on_me()
    {
        var coordinator = _host.Over(_site, _point.Token);
        var admin = _host.Over(_site, TestHost.AdminToken);
        var volunteer = await coordinator.CreateVolunteer(_point.PointId);
        await Ledger.RecordApproved(coordinator, admin, volunteer, 3);
        (await coordinator.Record(volunteer, 1)).Expect(201);
        var key = await coordinator.Issue(volunteer);

        var page = await _browser.Open(_site, "/c/" + key);
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/me"), "the key left the address bar");
        await Expect(page.Locator("#hours")).ToContainTextAsync("3 小时（累计，已审核）");
        await Expect(page.Locator("#hours")).ToContainTextAsync("1 小时待审核");
        await Expect(page.Locator("#star")).ToContainTextAsync("★");
        await Expect(page.Locator("#star")).ToContainTextAsync("再服务 2 小时可达 ★★");
        await Expect(page.Locator("#points")).ToContainTextAsync("30 分");
        await Expect(page.Locator("#records")).ToContainTextAsync("待审核");
        await Expect(page.Locator("#card svg")).ToBeVisibleAsync();
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(360), "nothing wider than the phone");
        await PhoneBrowser.Screenshot(page, "me-active", fullPage: true);

        var proof = await page.RunAndWaitForDownloadAsync(() => page.GetByText("下载志愿服务记录证明").ClickAsync());
        Assert.That(proof.SuggestedFilename, Does.EndWith(".pdf"));
    }

    [Test]
    public async Task Someone_registering_on_the_form_gets_their_card_link_and_QR_and_their_page_says_pending()
    {
        var form = new RegistrationForm(await _browser.Open(_site, "/register"));
        await form.WaitUntilReady(PointName);
        await form.FillAdult(PointName, People.Mobile());
        await form.Submit();
        await Expect(form.Success).ToContainTextAsync("请保存此链接");
        var link = form.Page.Locator("#card-link");
        await Expect(link).ToHaveTextAsync(new Regex("/c/card_[A-Za-z0-9_-]{24}$"));
        await Expect(form.Page.Locator("#card-qr")).ToBeVisibleAsync();
        Assert.That(await form.Page.Locator("#card-qr").EvaluateAsync<int>("img => img.naturalWidth"), Is.GreaterThan(0), "the QR code drew");
        await PhoneBrowser.Screenshot(form.Page, "register-done-card", fullPage: true);

        await link.ClickAsync();
        await form.Page.WaitForURLAsync(new Regex("/me$"));
        await Expect(form.Page.Locator("#status")).ToContainTextAsync("待审核");
        await Expect(form.Page.Locator("#hours")).ToHaveCountAsync(0);
        await PhoneBrowser.Screenshot(form.Page, "me-pending", fullPage: true);
    }

    [Test]
    public async Task Me_without_a_card_says_how_to_open_it()
    {
        var page = await _browser.Open(_site, "/me");
        await Expect(page.Locator("main")).ToContainTextAsync("扫描志愿者证上的二维码");
    }
}
