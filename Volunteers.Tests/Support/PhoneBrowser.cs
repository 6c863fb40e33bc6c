using Microsoft.Playwright;

namespace Volunteers.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (its NuGet package carries the driver), opening pages the size of a cheap phone.</summary>
public sealed class PhoneBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PhoneBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<PhoneBrowser> Launch()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new PhoneBrowser(playwright, browser);
    }

    public async Task<IPage> Open(Uri site, string path)
    {
        var page = await NewPage(site);
        await page.GotoAsync(path);
        return page;
    }

    public async Task<IPage> NewPage(Uri site)
    {
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = site.ToString(),
            ViewportSize = new() { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    /// <summary>A page on a common office laptop's screen (1366×768), as a clerk at the town office sees it.</summary>
    public async Task<IPage> NewDesktopPage(Uri site)
    {
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = site.ToString(),
            ViewportSize = new() { Width = 1366, Height = 768 },
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Network conditions of a weak mobile signal (Chrome DevTools' "Slow 3G"), for the page about to be loaded.</summary>
    public static async Task Slow3G(IPage page)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("Network.enable");
        await devTools.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = 400,
            ["downloadThroughput"] = 500 * 1024 / 8,
            ["uploadThroughput"] = 500 * 1024 / 8,
        });
    }

    /// <summary>A PNG of what the screen shows (or the whole page) under the test output's screenshots folder, attached to the result.</summary>
    public static async Task Screenshot(IPage page, string name, bool fullPage = false)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = fullPage });
        TestContext.AddTestAttachment(file);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
