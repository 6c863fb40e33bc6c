using Volunteers.Tests.Support;

namespace Volunteers.Tests.Pages;

/// <summary>The pages in a real browser the size of a cheap phone: they fit its width and need no second request.</summary>
public sealed class PagesOnAPhoneTests
{
    private PageSite _site = null!;
    private PhoneBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = await PageSite.Start();
        _browser = await PhoneBrowser.Launch();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _browser.DisposeAsync();
        _site.Dispose();
    }

    [TestCase("/progress", "progress")]
    [TestCase("/district", "district")]
    [TestCase("/verify/{found}", "verify-found")]
    [TestCase("/verify/{proof}", "verify-proof")]
    [TestCase("/verify/{revoked}", "verify-revoked")]
    [TestCase("/verify/NOSUCHCODE", "verify-unknown")]
    public async Task A_page_fits_a_360_px_screen_and_loads_in_one_request(string path, string screenshot)
    {
        var page = await _browser.NewPage(_site.Address);
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(Filled(path));

        Assert.That(requests, Has.Count.EqualTo(1), string.Join(", ", requests));
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(360), "no sideways scrolling");
        Assert.That(await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('header')).backgroundColor"),
            Is.EqualTo("rgb(166, 27, 27)"), "the shared stylesheet applies");
        await PhoneBrowser.Screenshot(page, "page-" + screenshot, fullPage: true);
    }

    [TestCase("/verify/{found}", "verify-found")]
    [TestCase("/verify/{proof}", "verify-proof")]
    [TestCase("/verify/{revoked}", "verify-revoked")]
    public async Task A_page_on_a_desktop_screen_keeps_its_facts_in_a_readable_column(string path, string screenshot)
    {
        var page = await _browser.NewDesktopPage(_site.Address);
        await page.GotoAsync(Filled(path));
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(1366));
        Assert.That(await page.EvaluateAsync<double>("document.querySelector('dl.facts').getBoundingClientRect().width"), Is.InRange(200, 720));
        await PhoneBrowser.Screenshot(page, "desktop-" + screenshot, fullPage: true);
    }

    [Test]
    public async Task The_progress_page_keeps_a_readable_column_on_a_desktop_and_its_QR_code_scans_to_the_form()
    {
        var page = await _browser.NewDesktopPage(_site.Address);
        await page.GotoAsync("/progress");
        var widths = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('header > *, main > *')].map(e => e.getBoundingClientRect().width)");
        Assert.That(widths, Is.Not.Empty.And.All.InRange(200, 720), "lines of text no wider than a page of a book");
        Assert.That(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(1366));
        await PhoneBrowser.Screenshot(page, "desktop-progress", fullPage: true);

        var qr = await page.Locator("#join .qr svg").ScreenshotAsync();
        Assert.That(QrReader.Picture(qr), Is.EqualTo(new[] { TestHost.PublicBaseUrl + "/register" }), "what a phone's camera reads off the screen");
        Assert.That(await page.GetAttributeAsync("#join a", "href"), Is.EqualTo(TestHost.PublicBaseUrl + "/register"));
    }

    private string Filled(string path) =>
        path.Replace("{found}", _site.AwardCode).Replace("{proof}", _site.ProofCode).Replace("{revoked}", _site.RevokedCode);
}
