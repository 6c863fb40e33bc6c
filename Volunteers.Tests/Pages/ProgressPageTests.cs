using System.Text.RegularExpressions;
using Volunteers.Api.Pages;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Pages;

/// <summary>/progress invites the reader to register: a link, and a QR code where the service has a public address.</summary>
public sealed class ProgressPageTests
{
    private static async Task<string> Progress(TestHost host) => await host.CreateClient().GetStringAsync("/progress");

    [Test]
    public async Task With_a_public_address_the_page_links_and_draws_the_QR_code_of_the_form_there()
    {
        var host = new TestHost();
        try
        {
            var html = await Progress(host);
            var join = Regex.Match(html, "<section class=\"card\" id=\"join\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
            Assert.That(join, Does.Contain("扫一扫"));
            Assert.That(join, Does.Contain($"<a href=\"{TestHost.PublicBaseUrl}/register\">{TestHost.PublicBaseUrl}/register</a>"));
            Assert.That(join, Does.Contain(QrSvg.Of(TestHost.PublicBaseUrl + "/register", "志愿者登记二维码")), "the QR code of that same link");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [TestCase("")]
    [TestCase("http://127.0.0.1:5189")]
    public async Task Without_a_public_address_the_page_links_to_the_form_by_its_path_and_draws_no_QR_code(string publicBaseUrl)
    {
        var host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Selection:PublicBaseUrl"] = publicBaseUrl });
        try
        {
            var html = await Progress(host);
            Assert.That(html, Does.Contain("<a href=\"/register\">"));
            Assert.That(html, Does.Not.Contain("<svg").And.Not.Contain("扫").And.Not.Contain("127.0.0.1"), "no code to scan, and no word asking for one");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
