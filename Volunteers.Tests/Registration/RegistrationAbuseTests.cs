using System.Net;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Registration;

public sealed class RegistrationAbuseTests
{
    private TestHost _host = null!;
    private long _pointId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:RegistrationRateLimit"] = "1000" });
        _pointId = await _host.Admin().CreatePoint();
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private long Rows()
    {
        using var db = _host.Connect();
        return db.ExecuteScalar<long>("SELECT count(*) FROM volunteers");
    }

    [Test]
    public async Task A_filled_in_honeypot_answers_like_a_success_and_writes_nothing()
    {
        var before = Rows();
        var bot = People.Registration(_pointId);
        bot["website"] = "http://spam.example";
        var reply = (await _host.Anonymous().Post("/api/registrations", bot)).Expect(201);
        Assert.That(reply.Str("status"), Is.EqualTo("pending"));
        Assert.That(reply.Str("reference"), Does.Match(@"^FH\d{4}-\d{4,}$"));

        var sloppyBot = new Dictionary<string, object?> { ["name"] = "x1", ["website"] = "spam" };
        Assert.That((await _host.Anonymous().Post("/api/registrations", sloppyBot)).Expect(201).Str("status"), Is.EqualTo("pending"));
        Assert.That(Rows(), Is.EqualTo(before));

        (await _host.Anonymous().Post("/api/registrations", People.Registration(_pointId))).Expect(201);
        Assert.That(Rows(), Is.EqualTo(before + 1), "the same request without the honeypot is written");
    }

    [Test]
    public async Task A_body_over_the_limit_is_a_413_problem_and_writes_nothing()
    {
        var before = Rows();
        var big = People.Registration(_pointId);
        big["workplace"] = new string('a', 20_000);
        var declared = await _host.Anonymous().PostRaw("/api/registrations", System.Text.Json.JsonSerializer.Serialize(big));
        declared.Expect(413);
        Assert.That(declared.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(declared.Str("detail"), Does.Contain("超过允许的大小"));
        Assert.That(Rows(), Is.EqualTo(before));

        (await _host.Anonymous().Post("/api/registrations", People.Registration(_pointId))).Expect(201);
    }

    [Test]
    public async Task A_body_without_a_declared_length_is_cut_off_at_the_limit_too()
    {
        // TestServer always declares a length; only a real server receives a chunked body.
        var served = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:RegistrationRateLimit"] = "1000" });
        try
        {
            var address = served.StartKestrel();
            var pointId = await served.Over(address, TestHost.AdminToken).CreatePoint();
            var big = People.Registration(pointId);
            big["workplace"] = new string('a', 20_000);
            var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/registrations")
            {
                Content = new UnknownLengthContent(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(big))),
            };
            chunked.Content.Headers.ContentType = new("application/json");
            Assert.That(chunked.Content.Headers.ContentLength, Is.Null, "sent chunked, without a Content-Length");
            var reply = (await served.Over(address).Send(chunked)).Expect(413);
            Assert.That(reply.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            (await served.Over(address).Post("/api/registrations", People.Registration(pointId))).Expect(201);
        }
        finally
        {
            served.DisposeAndDelete();
        }
    }

    [Test]
    public async Task Too_many_registrations_from_one_client_are_a_429_with_Retry_After_and_a_Chinese_message()
    {
        var limited = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:RegistrationRateLimit"] = "2" });
        try
        {
            var pointId = await limited.Admin().CreatePoint();
            var anonymous = limited.Anonymous();
            (await anonymous.Post("/api/registrations", People.Registration(pointId))).Expect(201);
            (await anonymous.Post("/api/registrations", new { name = "" })).Expect(400);
            var refused = (await anonymous.Post("/api/registrations", People.Registration(pointId))).Expect(429);
            Assert.That(refused.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(refused.Str("detail"), Does.Contain("分钟后再试"));
            var retryAfter = refused.Message.Headers.RetryAfter?.Delta;
            Assert.That(retryAfter, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(10)));

            (await anonymous.Get("/api/registrations/consent")).Expect(200);
            (await limited.Admin().Post("/api/volunteers", People.Volunteer(pointId))).Expect(201);
        }
        finally
        {
            limited.DisposeAndDelete();
        }
    }
}
