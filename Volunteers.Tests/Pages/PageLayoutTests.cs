using System.Net;
using System.Text.RegularExpressions;
using Volunteers.Api.Pages;

namespace Volunteers.Tests.Pages;

/// <summary>Every server-rendered page wears the same frame (Chinese, phone-sized, the one stylesheet) and shows names as text.</summary>
public sealed class PageLayoutTests
{
    private PageSite _site = null!;

    [OneTimeSetUp] public async Task Start() => _site = await PageSite.Start();

    [OneTimeTearDown] public void Stop() => _site.Dispose();

    private async Task<string> Html(string url, int status = 200)
    {
        var response = await _site.Browser().GetAsync(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(status), url);
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/html; charset=utf-8"), url);
        return await response.Content.ReadAsStringAsync();
    }

    private static void AssertFramed(string url, string html)
    {
        Assert.That(html, Does.StartWith("<!doctype html>\n<html lang=\"zh-CN\">"), url);
        Assert.That(html, Does.Contain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), url);
        Assert.That(Regex.Match(html, "<title>([^<]+)</title>").Groups[1].Value, Does.Contain("社区教育志愿者"), url);
        var styles = Regex.Matches(html, "<style>(.*?)</style>", RegexOptions.Singleline);
        Assert.That(styles.Select(s => s.Groups[1].Value), Is.EqualTo(new[] { Layout.Stylesheet.Value }), $"{url}: the shared stylesheet, once, and no other");
        Assert.That(html, Does.Not.Contain("<link rel=\"stylesheet\""), url);
        Assert.That(Regex.Matches(html, "<html").Count, Is.EqualTo(1), $"{url}: one frame, not a page inside a page");
    }

    [Test]
    public async Task Every_page_answers_Chinese_HTML_for_phones_in_the_shared_frame_with_the_one_stylesheet()
    {
        var urls = _site.PageUrls();
        Assert.That(urls, Is.SupersetOf(new[] { "/progress", "/register", "/verify/NOSUCHCODE" }));
        foreach (var url in urls)
        {
            var response = await _site.Browser().GetAsync(url);
            if ((int)response.StatusCode is >= 300 and < 400) continue;
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/html; charset=utf-8"), url);
            AssertFramed(url, await response.Content.ReadAsStringAsync());
        }
        AssertFramed("/verify/{found}", await Html($"/verify/{_site.AwardCode}"));
    }

    [Test]
    public async Task A_name_with_markup_in_it_is_shown_as_text()
    {
        var html = await Html("/progress");
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;村").And.Not.Contain("<script>alert"));
        Assert.That(Regex.Matches(html, "<script").Count, Is.Zero, "the progress page has no script of its own either");
    }

    [Test]
    public async Task Rare_characters_and_the_middle_dot_of_minority_names_arrive_exactly()
    {
        var html = await Html("/progress");
        Assert.That(html, Does.Contain(PageSite.MinorityName), "Chinese text is sent as itself, not as character references");
        var progress = WebUtility.HtmlDecode(html);
        Assert.That(progress, Does.Contain($"<span>{PageSite.RareName}村</span>").And.Contain($"<span>{PageSite.MinorityName}</span>"));

        var verify = await Html($"/verify/{_site.AwardCode}");
        Assert.That(WebUtility.HtmlDecode(verify), Does.Contain("<dd>𠮷*</dd>").And.Not.Contain(PageSite.RareName));
    }

    [Test]
    public async Task An_unknown_code_is_a_404_page_in_the_same_frame_not_a_problem_document()
    {
        var html = await Html("/verify/NOSUCHCODE", 404);
        Assert.That(html, Does.Contain("未找到该编码对应的证书或证明"));
    }
}
