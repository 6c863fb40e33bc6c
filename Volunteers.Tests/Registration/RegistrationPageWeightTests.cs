using System.Text.Json;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Registration;

/// <summary>The form has to open quickly on a cheap phone with a weak signal: its weight and first paint, measured in the browser.</summary>
public sealed class RegistrationPageWeightTests
{
    private const string Measure = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          const resources = performance.getEntriesByType('resource');
          const paint = Object.fromEntries(performance.getEntriesByType('paint').map(p => [p.name, p.startTime]));
          return {
            htmlWire: nav.encodedBodySize, htmlBytes: nav.decodedBodySize, htmlTransfer: nav.transferSize,
            otherFiles: resources.filter(r => r.initiatorType !== 'fetch').map(r => r.initiatorType + ' ' + r.name),
            apiTransfer: resources.filter(r => r.initiatorType === 'fetch').reduce((sum, r) => sum + r.transferSize, 0),
            firstPaint: paint['first-paint'] ?? -1, firstContentfulPaint: paint['first-contentful-paint'] ?? -1,
          };
        }
        """;

    private TestHost _host = null!;
    private Uri _site = null!;
    private PhoneBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _site = _host.StartKestrel();
        await _host.Over(_site, TestHost.AdminToken).CreatePoint("新连村");
        _browser = await PhoneBrowser.Launch();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _browser.DisposeAsync();
        _host.DisposeAndDelete();
    }

    private async Task<JsonElement> Load(bool slow)
    {
        var page = await _browser.NewPage(_site);
        if (slow) await PhoneBrowser.Slow3G(page);
        await page.GotoAsync("/register");
        var form = new RegistrationForm(page);
        await form.WaitUntilReady("新连村");
        var figures = await page.EvaluateAsync<JsonElement>(Measure);
        await TestContext.Out.WriteLineAsync($"/register {(slow ? "on Slow 3G (400 ms, 500 kbit/s)" : "on loopback")}: {figures}");
        return figures;
    }

    [Test]
    public async Task The_page_is_one_small_file_that_paints_quickly_even_on_a_weak_signal()
    {
        var fast = await Load(slow: false);
        Assert.That(fast.GetProperty("otherFiles").GetArrayLength(), Is.Zero, "CSS and JS are inline: no other file to fetch");
        Assert.That(fast.GetProperty("htmlBytes").GetInt32(), Is.LessThan(20_000), "HTML+CSS+JS before compression");
        Assert.That(fast.GetProperty("htmlWire").GetInt32(), Is.LessThan(8_000), "gzipped on the wire");
        Assert.That(fast.GetProperty("firstContentfulPaint").GetDouble(), Is.InRange(0, 2_000));

        var slow = await Load(slow: true);
        Assert.That(slow.GetProperty("firstContentfulPaint").GetDouble(), Is.InRange(0, 4_000));
    }
}
