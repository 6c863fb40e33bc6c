using System.Text;
using System.Text.Json;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>The HTTP protections every route shares, over a real server: the default body limit, page policies, no caching of personal data.</summary>
public sealed class HardeningTests
{
    private TestHost _host = null!;
    private Uri _address = null!;
    private PointWithCoordinator _point = null!;
    private long _volunteer;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _address = _host.StartKestrel();
        _point = await Admin.CreatePointWithCoordinator();
        _volunteer = await Admin.CreateVolunteer(_point.PointId);
        await Ledger.RecordApproved(_host.Over(_address, _point.Token), Admin, _volunteer, 2);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private ApiClient Admin => _host.Over(_address, TestHost.AdminToken);

    private async Task<long> Volunteers() => (await Admin.Get("/api/volunteers")).Expect(200).Json["total"]!.GetValue<long>();

    private byte[] VolunteerOfSize(int bytes)
    {
        var body = People.Volunteer(_point.PointId);
        body["workplace"] = new string('a', bytes);
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    [Test]
    public async Task An_ordinary_JSON_route_refuses_a_body_over_256_KB_with_a_413_problem_and_writes_nothing()
    {
        var before = await Volunteers();
        var declared = await Admin.PostRaw("/api/volunteers", Encoding.UTF8.GetString(VolunteerOfSize(300 * 1024)));
        declared.Expect(413);
        Assert.That(declared.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(declared.Str("detail"), Does.Contain("超过允许的大小"));

        var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/volunteers") { Content = new UnknownLengthContent(VolunteerOfSize(300 * 1024)) };
        chunked.Content.Headers.ContentType = new("application/json");
        (await Admin.Send(chunked)).Expect(413);
        Assert.That(await Volunteers(), Is.EqualTo(before));

        var under = await Admin.PostRaw("/api/volunteers", Encoding.UTF8.GetString(VolunteerOfSize(200 * 1024)));
        Assert.That(under.Code, Is.EqualTo(400), "under the limit the body is read, and its too-long workplace refused");
        Assert.That(under.ErrorFields, Is.EqualTo(new[] { "workplace" }));
    }

    [TestCase("/register")]
    [TestCase("/progress")]
    [TestCase("/verify/no-such-code")]
    public async Task Pages_carry_a_strict_content_security_policy_and_cannot_be_framed(string page)
    {
        var response = await new HttpClient { BaseAddress = _address }.GetAsync(page);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(policy, Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("base-uri 'none'"));
        Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
    }

    [Test]
    public async Task Answers_with_personal_data_are_never_cached()
    {
        var coordinator = _host.Over(_address, _point.Token);
        foreach (var url in new[]
                 {
                     "/api/volunteers", "/api/volunteers?q=李", "/api/service-records", "/api/accounts", "/api/leaderboard",
                     "/api/exports/volunteers.csv", "/api/exports/service-records.xlsx", $"/api/volunteers/{_volunteer}/service-proof.pdf",
                     "/api/volunteers/999999",
                 })
        {
            var response = await (url == "/api/accounts" ? Admin : coordinator).Client.GetAsync(url);
            Assert.That((int)response.StatusCode, Is.EqualTo(url.EndsWith("999999") ? 404 : 200), url);
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True, $"{url} carries Cache-Control: no-store");
        }
        var aggregates = await new HttpClient { BaseAddress = _address }.GetAsync("/api/progress");
        Assert.That(aggregates.Headers.CacheControl?.NoStore ?? false, Is.False, "public aggregates may be cached");
    }
}
