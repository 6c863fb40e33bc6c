using Microsoft.Playwright;

namespace Volunteers.Tests.Registration;

/// <summary>The /register page as a person uses it: found by its labels, as a screen reader would.</summary>
public sealed class RegistrationForm(IPage page)
{
    public IPage Page => page;

    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });
    public ILocator ErrorOf(string field) => page.Locator($"#e-{field}");
    public ILocator FormMessage => page.Locator("#e-form");
    public ILocator Guardian => page.Locator("#guardian");
    public ILocator Success => page.Locator("#done");

    public async Task WaitUntilReady(string pointName)
    {
        await page.Locator("#learningPointId option", new() { HasText = pointName }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("我们收集哪些信息");
    }

    public async Task FillAdult(string pointName, string mobile)
    {
        await Field("姓名 *").FillAsync("李秀英");
        await Field("女").CheckAsync();
        await Field("手机号码 *").FillAsync(mobile);
        await Field("出生日期 *").FillAsync("1985-03-15");
        await Field("在职教师").CheckAsync();
        await Field("工作单位或学校（选填）").FillAsync("扶欢镇中心小学");
        await Field("书法").CheckAsync();
        await Field("朗诵").CheckAsync();
        await Field("学习点 *").SelectOptionAsync(new SelectOptionValue { Label = pointName });
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "我已阅读并同意" }).CheckAsync();
    }

    public Task Submit() => page.GetByRole(AriaRole.Button, new() { Name = "提交登记" }).ClickAsync();
}
