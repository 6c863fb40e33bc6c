using Volunteers.Tests.Support;

namespace Volunteers.Tests.Me;

public sealed class CardKeyLogTests
{
    [Test]
    public async Task The_card_key_appears_in_no_log_line_even_with_every_category_at_Trace()
    {
        var logs = new LogCapture();
        var host = new TestHost(settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            [$"Logging:{typeof(LogCapture).FullName}:LogLevel:Default"] = "Trace",
        })
        { Logs = logs };
        try
        {
            var key = await host.RegisterWithCard(await host.Admin().CreatePoint());
            var browser = host.Browser();
            Assert.That((int)(await browser.GetAsync("/c/" + key)).StatusCode, Is.EqualTo(303));
            Assert.That((int)(await browser.GetAsync("/api/me")).StatusCode, Is.EqualTo(200));
            Assert.That((await host.WithCard(key).Get("/api/me")).Code, Is.EqualTo(200));
            Assert.That((int)(await browser.GetAsync("/c/" + key + "x")).StatusCode, Is.EqualTo(404));
            Assert.That((await host.As(key + "x").Get("/api/me")).Code, Is.EqualTo(401));

            var lines = logs.Lines;
            Assert.That(lines, Has.Some.StartsWith("Debug Volunteers.Api.Setup.CardAuthentication"), "the log really runs below Information");
            Assert.That(lines, Has.None.Contains(key[5..]));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
