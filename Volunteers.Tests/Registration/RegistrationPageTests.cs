using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Volunteers.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Volunteers.Tests.Registration;

/// <summary>The public form in a real browser at a phone's size, against the app served by Kestrel.</summary>
public sealed class RegistrationPageTests
{
    private const string PointName = "新连村";
    private TestHost _host = null!;
    private Uri _site = null!;
    private Support.ApiClient _admin = null!;
    private PhoneBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:RegistrationRateLimit"] = "1000" });
        _site = _host.StartKestrel();
        _admin = _host.Over(_site, TestHost.AdminToken);
        await _admin.CreatePoint(PointName);
        _browser = await PhoneBrowser.Launch();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _browser.DisposeAsync();
        _host.DisposeAndDelete();
    }

    private async Task<RegistrationForm> Open(Uri? site = null)
    {
        var form = new RegistrationForm(await _browser.Open(site ?? _site, "/register"));
        await form.WaitUntilReady(PointName);
        return form;
    }

    [Test]
    public async Task A_person_registers_on_a_phone_and_sees_their_reference_and_what_happens_next()
    {
        var form = await Open();
        await Expect(form.Page.Locator("h1")).ToHaveTextAsync("扶欢镇社区教育志愿者登记");
        await PhoneBrowser.Screenshot(form.Page, "1-form", fullPage: true);
        var mobile = People.Mobile();
        await form.FillAdult(PointName, mobile);
        await PhoneBrowser.Screenshot(form.Page, "2-filled", fullPage: true);
        await form.Submit();

        await Expect(form.Success).ToBeVisibleAsync();
        await Expect(form.Page.Locator("#f")).ToBeHiddenAsync();
        await Expect(form.Success).ToContainTextAsync("接下来");
        await Expect(form.Success).ToContainTextAsync("正式成为扶欢镇社区教育志愿者");
        var reference = await form.Page.Locator("#ref").InnerTextAsync();
        Assert.That(reference, Does.Match(@"^FH\d{4}-\d{4,}$"));
        await PhoneBrowser.Screenshot(form.Page, "3-success");

        var found = (await _admin.Get($"/api/volunteers?status=pending&q={reference}")).Expect(200).Json["items"]!.AsArray();
        Assert.That(found, Has.Count.EqualTo(1));
        var volunteer = (await _admin.Get($"/api/volunteers/{found[0]!["id"]}")).Expect(200);
        Assert.That(volunteer.Str("mobile"), Is.EqualTo(mobile));
        Assert.That(volunteer.Str("source"), Is.EqualTo("self"));
        Assert.That(volunteer.Json["skills"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "书法", "朗诵" }));
    }

    [Test]
    public async Task A_server_error_is_shown_next_to_the_field_it_names_and_nothing_typed_is_lost()
    {
        var taken = People.Volunteer((await _admin.Get("/api/learning-points")).Json["items"]![0]!["id"]!.GetValue<long>());
        (await _admin.Post("/api/volunteers", taken)).Expect(201);
        var form = await Open();
        await form.FillAdult(PointName, (string)taken["mobile"]!);
        await form.Submit();

        await Expect(form.ErrorOf("mobile")).ToContainTextAsync("这个手机号码已经登记过志愿者");
        await Expect(form.ErrorOf("mobile")).ToContainTextAsync("请联系您所在的学习点");
        await Expect(form.Field("手机号码 *")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.That(await form.Page.EvaluateAsync<bool>("document.getElementById('e-mobile').parentElement.contains(document.getElementById('mobile'))"));
        await Expect(form.Field("姓名 *")).ToHaveValueAsync("李秀英");
        await Expect(form.Field("手机号码 *")).ToHaveValueAsync((string)taken["mobile"]!);
        await Expect(form.Field("出生日期 *")).ToHaveValueAsync("1985-03-15");
        await Expect(form.Field("书法")).ToBeCheckedAsync();
        await Expect(form.Page.GetByRole(AriaRole.Checkbox, new() { Name = "我已阅读并同意" })).ToBeCheckedAsync();
        await PhoneBrowser.Screenshot(form.Page, "4-server-error");
    }

    [Test]
    public async Task The_page_checks_what_it_can_before_sending_anything()
    {
        var form = await Open();
        var posts = 0;
        form.Page.Request += (_, r) => { if (r.Method == "POST") posts++; };
        await form.Submit();
        foreach (var field in new[] { "name", "gender", "mobile", "birthDate", "category", "learningPointId", "consent" })
            await Expect(form.ErrorOf(field)).Not.ToBeEmptyAsync();
        await form.Field("身份证号码（选填）").FillAsync("500110198503150021");
        await form.Submit();
        await Expect(form.ErrorOf("idNumber")).ToContainTextAsync("校验位");
        await PhoneBrowser.Screenshot(form.Page, "5-quick-feedback");
        Assert.That(posts, Is.Zero);
    }

    [Test]
    public async Task The_guardian_fields_appear_only_when_the_birth_date_says_under_18()
    {
        var form = await Open();
        await form.FillAdult(PointName, People.Mobile());
        await Expect(form.Guardian).ToBeHiddenAsync();
        await form.Field("出生日期 *").FillAsync(People.BornYearsAgo(16).ToString("yyyy-MM-dd"));
        await Expect(form.Guardian).ToBeVisibleAsync();
        await form.Submit();
        await Expect(form.ErrorOf("guardianName")).ToContainTextAsync("监护人");
        await PhoneBrowser.Screenshot(form.Page, "6-minor-needs-guardian");

        await form.Field("出生日期 *").FillAsync(People.BornYearsAgo(30).ToString("yyyy-MM-dd"));
        await Expect(form.Guardian).ToBeHiddenAsync();
        await form.Field("出生日期 *").FillAsync(People.BornYearsAgo(16).ToString("yyyy-MM-dd"));
        await form.Field("监护人姓名 *").FillAsync("李建国");
        await form.Field("监护人手机号码 *").FillAsync(People.Mobile());
        await form.Submit();
        await Expect(form.Success).ToBeVisibleAsync();
        var reference = await form.Page.Locator("#ref").InnerTextAsync();
        var found = (await _admin.Get($"/api/volunteers?q={reference}")).Json["items"]!.AsArray();
        Assert.That((await _admin.Get($"/api/volunteers/{found[0]!["id"]}")).Str("guardianName"), Is.EqualTo("李建国"));
    }

    [Test]
    public async Task A_form_opened_before_the_notice_changed_asks_for_consent_to_the_new_one()
    {
        var page = await _browser.NewPage(_site);
        await page.RouteAsync("**/api/registrations/consent", route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = "{\"version\":\"2025-01-v0\",\"text\":\"旧的说明：我们收集哪些信息……\"}",
        }));
        await page.GotoAsync("/register");
        var form = new RegistrationForm(page);
        await form.WaitUntilReady(PointName);
        await page.UnrouteAllAsync();
        await form.FillAdult(PointName, People.Mobile());
        await form.Submit();

        await Expect(form.ErrorOf("consentVersion")).ToContainTextAsync("个人信息说明已更新");
        await Expect(page.Locator("#notice")).ToContainTextAsync("谁能看到");
        var consent = page.GetByRole(AriaRole.Checkbox, new() { Name = "我已阅读并同意" });
        await Expect(consent).Not.ToBeCheckedAsync();
        await Expect(form.Field("姓名 *")).ToHaveValueAsync("李秀英");
        await consent.CheckAsync();
        await form.Submit();
        await Expect(form.Success).ToBeVisibleAsync();
    }

    [Test]
    public async Task Too_many_submissions_show_the_servers_message_and_keep_the_form()
    {
        var limited = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:RegistrationRateLimit"] = "1" });
        try
        {
            var site = limited.StartKestrel();
            var pointId = await limited.Over(site, TestHost.AdminToken).CreatePoint(PointName);
            (await limited.Over(site).Post("/api/registrations", People.Registration(pointId))).Expect(201);

            var form = await Open(site);
            await form.FillAdult(PointName, People.Mobile());
            await form.Submit();
            await Expect(form.FormMessage).ToContainTextAsync(new Regex(@"提交次数太多了，请 \d+ 分钟后再试"));
            await Expect(form.Field("姓名 *")).ToHaveValueAsync("李秀英");
            await Expect(form.Page.GetByRole(AriaRole.Button, new() { Name = "提交登记" })).ToBeEnabledAsync();
            await PhoneBrowser.Screenshot(form.Page, "7-too-many");
        }
        finally
        {
            limited.DisposeAndDelete();
        }
    }
}
