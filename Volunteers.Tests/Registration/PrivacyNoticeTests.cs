using Volunteers.Core.Registration;
using Volunteers.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Volunteers.Tests.Registration;

/// <summary>The privacy notice names the office that answers for the data and says how long the data are kept.</summary>
public sealed class PrivacyNoticeTests
{
    private const string Office = "扶欢镇社区教育办公室";
    private const string Contact = "电话 023-00000000";
    private const string Retention = "保存多久：您的信息保存到您申请删除为止，不会到某个期限自动删除；退出后仍保存，但不再使用。";

    private static TestHost Configured() => new(settings: new Dictionary<string, string?>
    {
        ["Volunteers:Privacy:Office"] = Office,
        ["Volunteers:Privacy:Contact"] = Contact,
    });

    private static async Task<string> Notice(TestHost host, string? language = null) =>
        (await host.Anonymous().Get("/api/registrations/consent", language)).Expect(200).Str("text");

    [Test]
    public async Task The_notice_names_the_configured_office_and_its_contact_and_how_long_data_are_kept()
    {
        var host = Configured();
        try
        {
            var text = await Notice(host);
            Assert.That(text, Does.Contain($"请联系{Office}（{Contact}），也可以联系您所在的学习点"));
            Assert.That(text, Does.Contain(Retention));
            Assert.That(text, Does.Contain("删除之前制作的数据备份仍含有这些信息"), "erasure does not reach backups, and the notice says so");
            Assert.That(await Notice(host, "en"), Does.Contain($"contact {Office} ({Contact}), or your learning point").And.Contain("How long it is kept: until you ask for it to be erased"));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task Without_an_office_setting_the_notice_names_the_community_education_school_of_the_town_as_it_is_named()
    {
        var host = new TestHost();
        try
        {
            (await host.Admin().Put("/api/town", new { name = "永新镇", residentPopulation = 30000, targetRatio = 0.01 })).Expect(200);
            var text = await Notice(host);
            Assert.That(text, Does.Contain("请联系永新镇社区教育学校，也可以联系您所在的学习点"));
            Assert.That(text, Does.StartWith("永新镇社区教育志愿者登记").And.Not.Contain("扶欢"));
            Assert.That(text, Does.Contain(Retention));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task The_new_wording_has_a_new_version_and_a_form_still_showing_the_first_one_is_asked_again()
    {
        var host = Configured();
        try
        {
            var point = await host.Admin().CreatePoint();
            var body = People.Registration(point);
            Assert.That(body["consentVersion"], Is.EqualTo(Consent.Version).And.Not.EqualTo("2026-11-v1"));
            body["consentVersion"] = "2026-11-v1";
            var stale = (await host.Anonymous().Post("/api/registrations", body)).Expect(400);
            Assert.That(stale.ErrorFields, Is.EqualTo(new[] { "consentVersion" }));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task The_form_shows_the_notice_with_the_office_on_a_phone_and_a_desktop()
    {
        var host = Configured();
        var site = host.StartKestrel();
        await using var browser = await PhoneBrowser.Launch();
        try
        {
            foreach (var (page, name) in new[] { (await browser.NewPage(site), "register-notice"), (await browser.NewDesktopPage(site), "desktop-register-notice") })
            {
                await page.GotoAsync("/register");
                await Expect(page.Locator("#notice")).ToContainTextAsync(Office + "（" + Contact + "）");
                await Expect(page.Locator("#notice")).ToContainTextAsync(Retention);
                await page.Locator("#notice").ScrollIntoViewIfNeededAsync();
                await PhoneBrowser.Screenshot(page, name, fullPage: true);
            }
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
