using System.Net;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Me;

public sealed class CardLinkTests
{
    private TestHost _host = null!;
    private long _point;

    [SetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:CardLinkRateLimit"] = "8" });
        _point = await _host.Admin().CreatePoint();
    }

    [TearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task The_card_link_moves_the_key_into_an_HttpOnly_Lax_cookie_and_answers_303_to_me()
    {
        var key = await _host.RegisterWithCard(_point);
        var browser = _host.Browser();
        var link = await browser.GetAsync("/c/" + key);
        Assert.That(link.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(link.Headers.Location!.OriginalString, Is.EqualTo("/me"));
        var cookie = link.Headers.GetValues("Set-Cookie").Single();
        Assert.That(cookie, Does.StartWith($"volunteer_card={key};"));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=lax").IgnoreCase.And.Contain("path=/;").IgnoreCase);
        Assert.That(cookie, Does.Not.Contain("secure").IgnoreCase, "plain HTTP: a Secure cookie would never come back");

        var me = await browser.GetAsync("/api/me");
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the cookie signs the browser in");
        Assert.That(await me.Content.ReadAsStringAsync(), Does.Contain("\"status\":\"pending\""));
    }

    [Test]
    public async Task Over_HTTPS_the_cookie_is_Secure()
    {
        var key = await _host.RegisterWithCard(_point);
        var link = await _host.Browser("https://localhost").GetAsync("/c/" + key);
        Assert.That(link.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(link.Headers.GetValues("Set-Cookie").Single(), Does.Contain("; secure").IgnoreCase);
    }

    [TestCase("card_AAAAAAAAAAAAAAAAAAAAAAAA", TestName = "An unknown card key gets a Chinese page saying what to do, 404")]
    [TestCase("card_short", TestName = "A malformed card key gets the same page")]
    [TestCase("vol_test-admin-token-0123456789abcdefghijklmnop", TestName = "A staff token is not a card key")]
    public async Task A_key_that_does_not_work_gets_the_page(string key)
    {
        var link = await _host.Browser().GetAsync("/c/" + key);
        Assert.That(link.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(link.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        var page = await link.Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("志愿者证无效").And.Contain("学习点的联络员").And.Contain("补发"));
        Assert.That(page, Does.Not.Contain(key));
        Assert.That(link.Headers.Contains("Set-Cookie"), Is.False);
    }

    [Test]
    public async Task A_revoked_card_link_gets_the_page_too()
    {
        var key = await _host.RegisterWithCard(_point);
        var volunteer = (await _host.WithCard(key).Get("/api/me")).Expect(200).Json["volunteer"]!["id"]!.GetValue<long>();
        (await _host.Admin().Delete($"/api/volunteers/{volunteer}/card")).Expect(204);
        Assert.That((await _host.Browser().GetAsync("/c/" + key)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Trying_keys_one_after_another_is_refused_with_429_and_Retry_After()
    {
        var browser = _host.Browser();
        for (var i = 0; i < 8; i++)
            Assert.That((await browser.GetAsync($"/c/card_{i:000000000000000000000000}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var refused = await browser.GetAsync("/c/card_BBBBBBBBBBBBBBBBBBBBBBBB");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(refused.Headers.RetryAfter, Is.Not.Null);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("分钟后再扫码").And.Not.Contain("card_BBBB"));
    }
}
