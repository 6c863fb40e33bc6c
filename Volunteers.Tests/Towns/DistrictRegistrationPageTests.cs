using Microsoft.Playwright;
using Volunteers.Tests.Registration;
using Volunteers.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Volunteers.Tests.Towns;

/// <summary>The public form of a district of two towns, in a real browser at a phone's size.</summary>
public sealed class DistrictRegistrationPageTests
{
    private TestHost _host = null!;
    private Uri _site = null!;
    private PhoneBrowser _browser = null!;
    private long _gunan;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _site = _host.StartKestrel();
        var district = _host.Over(_site, TestHost.AdminToken);
        _gunan = (await district.Post("/api/towns", new { code = "GN", name = "古南街道", residentPopulation = 62000, targetRatio = 0.01, volunteerNoPrefix = "GN" }))
            .Expect(201).Id;
        await district.Post("/api/learning-points", new { code = "XL", name = "新连村", kind = "village", residentPopulation = 2400, townId = 1 });
        await district.Post("/api/learning-points", new { code = "SQ", name = "三角社区", kind = "community", residentPopulation = 5100, townId = _gunan });
        _browser = await PhoneBrowser.Launch();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _browser.DisposeAsync();
        _host.DisposeAndDelete();
    }

    [Test]
    public async Task The_form_groups_points_by_town_and_shows_the_chosen_towns_notice_and_number()
    {
        var page = await _browser.Open(_site, "/register");
        var form = new RegistrationForm(page);
        await Expect(page.Locator("#learningPointId optgroup[label='古南街道'] option")).ToHaveTextAsync("三角社区");
        await Expect(page.Locator("#learningPointId optgroup[label='扶欢镇'] option")).ToHaveTextAsync("新连村");
        await Expect(page.Locator("#notice")).ToContainTextAsync("请先选择学习点");
        await Expect(page.Locator("h1")).ToHaveTextAsync("社区教育志愿者登记");

        await form.FillAdult("三角社区", People.Mobile());
        await Expect(page.Locator("#notice")).ToContainTextAsync("古南街道");
        await Expect(page.Locator("h1")).ToHaveTextAsync("古南街道社区教育志愿者登记");
        await Expect(page).ToHaveTitleAsync("古南街道社区教育志愿者登记");
        await form.Submit();
        await Expect(form.Success).ToBeVisibleAsync();
        Assert.That(await page.Locator("#ref").InnerTextAsync(), Does.Match(@"^GN\d{4}-0001$"), "古南街道's own number");
        await PhoneBrowser.Screenshot(page, "district-registration");
    }

    [Test]
    public async Task A_towns_own_link_shows_only_its_points_and_its_notice()
    {
        var page = await _browser.Open(_site, $"/register?townId={_gunan}");
        await Expect(page.Locator("#learningPointId option", new() { HasText = "三角社区" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#learningPointId option", new() { HasText = "新连村" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#notice")).ToContainTextAsync("古南街道");
        await Expect(page.Locator("h1")).ToHaveTextAsync("古南街道社区教育志愿者登记");
        await Expect(page.Locator(".town-name")).ToHaveTextAsync("古南街道");
    }
}
