using Volunteers.Tests.Support;

namespace Volunteers.Tests.Data;

public sealed class ServiceTests
{
    private TestHost _host = null!;

    [OneTimeSetUp] public void Start() => _host = new TestHost();
    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task Health_and_the_OpenAPI_document_are_public()
    {
        (await _host.Anonymous().Get("/healthz")).Expect(200);
        var doc = (await _host.Anonymous().Get("/swagger/v1/swagger.json")).Expect(200).Json;
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.That(paths, Is.SupersetOf(new[] { "/api/volunteers", "/api/volunteers/{id}", "/api/learning-points", "/api/accounts", "/api/town" }));
    }

    [Test]
    public async Task Unknown_routes_answer_a_404_problem()
    {
        var reply = (await _host.Admin().Get("/api/nothing-here")).Expect(404);
        Assert.That(reply.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Answers_with_personal_data_are_not_cached_and_pages_carry_a_content_security_policy()
    {
        var point = await _host.Admin().CreatePoint();
        var volunteer = (await _host.Admin().Get($"/api/volunteers/{await _host.Admin().CreateVolunteer(point)}")).Expect(200);
        Assert.That(volunteer.Message.Headers.CacheControl!.NoStore, Is.True);
        Assert.That(volunteer.Message.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        var page = await _host.CreateClient().GetAsync("/progress");
        Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'self'"));
        Assert.That(page.Headers.CacheControl!.NoStore, Is.False);
    }
}
