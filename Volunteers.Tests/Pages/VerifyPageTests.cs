using System.Net;
using System.Text.RegularExpressions;

namespace Volunteers.Tests.Pages;

/// <summary>/verify/{code} states what was issued, by whom and when, and names its holder only by a masked name.</summary>
public sealed class VerifyPageTests
{
    private PageSite _site = null!;

    [OneTimeSetUp] public async Task Start() => _site = await PageSite.Start();

    [OneTimeTearDown] public void Stop() => _site.Dispose();

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy年M月d日");

    private async Task<string> Html(string code)
    {
        var response = await _site.Browser().GetAsync("/verify/" + code);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The page's facts, label to value.</summary>
    private static Dictionary<string, string> Facts(string html) =>
        Regex.Matches(html, @"<dt>([^<]+)</dt><dd[^>]*>([^<]*)</dd>").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Test]
    public async Task An_award_shows_its_issuer_issue_date_and_learning_point()
    {
        var html = await Html(_site.AwardCode);
        Assert.That(html, Does.Contain("✔ 有效"));
        Assert.That(Facts(html), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["编号"] = Facts(html)["编号"],
            ["姓名"] = "𠮷*",
            ["荣誉称号"] = "优秀社区教育志愿者",
            ["年度"] = $"{DateTime.UtcNow.AddHours(8).Year} 年度",
            ["学习点"] = PageSite.PointName,
            ["发证单位"] = "扶欢镇社区教育学校",
            ["发证日期"] = Today,
        }));
        Assert.That(Facts(html)["编号"], Does.Match(@"^扶欢社教〔\d{4}〕第\d{3}号$"));
    }

    [Test]
    public async Task A_service_record_proof_shows_its_hours_and_period()
    {
        var html = await Html(_site.ProofCode);
        Assert.That(html, Does.Contain("✔ 有效").And.Contain("<h2>志愿服务记录证明</h2>"));
        var facts = Facts(html);
        Assert.That(facts["服务时长"], Is.EqualTo("3 小时"));
        Assert.That(facts["服务期间"], Is.EqualTo($"{Today} 至 {Today}"), "registered and served today");
        Assert.That(facts["发证单位"], Is.EqualTo("扶欢镇社区教育学校"));
        Assert.That(facts["发证日期"], Is.EqualTo(Today));
        Assert.That(facts["学习点"], Is.EqualTo(PageSite.PointName));
        Assert.That(facts, Does.Not.ContainKey("撤销日期"));
    }

    [Test]
    public async Task A_revoked_award_shows_the_date_it_was_revoked()
    {
        var html = await Html(_site.RevokedCode);
        Assert.That(html, Does.Contain("✘ 已撤销").And.Contain($"已于{Today}撤销"));
        Assert.That(Facts(html)["撤销日期"], Is.EqualTo(Today));
        Assert.That(Facts(html)["姓名"], Is.EqualTo("欧**华"));
    }

    [Test]
    public async Task Nothing_more_personal_than_the_masked_name_appears_on_the_page_or_in_its_API()
    {
        foreach (var code in new[] { _site.AwardCode, _site.ProofCode, _site.RevokedCode })
        {
            var html = await Html(code);
            var api = await _site.Browser().GetStringAsync("/api/verify/" + code);
            foreach (var person in _site.People)
            {
                var name = (string)person["name"]!;
                var mobile = (string)person["mobile"]!;
                var idNumber = (string)person["idNumber"]!;
                foreach (var text in new[] { html, Regex.Unescape(api) })
                {
                    Assert.That(text, Does.Not.Contain(name), code);
                    Assert.That(text, Does.Not.Contain(mobile).And.Not.Contain(mobile[..3] + "****" + mobile[^4..]), $"{code}: not even a masked mobile");
                    Assert.That(text, Does.Not.Contain(idNumber).And.Not.Contain(idNumber[..6]), $"{code}: not even a masked ID number");
                }
            }
        }
    }
}
