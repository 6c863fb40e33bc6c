using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Accounts;

public sealed class AccountTests
{
    private TestHost _host = null!;

    [OneTimeSetUp] public void Start() => _host = new TestHost();
    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task A_token_is_shown_once_stored_as_a_hash_and_works()
    {
        var admin = _host.Admin();
        var pointId = await admin.CreatePoint();
        var created = (await admin.Post("/api/accounts", new { name = "王联络", mobile = "13800138000", role = "point-coordinator", learningPointId = pointId })).Expect(201);
        var token = created.Str("token");
        Assert.That(token, Does.StartWith("vol_").And.Length.GreaterThan(40));
        (await _host.As(token).Get("/api/town")).Expect(200);

        var listed = (await admin.Get("/api/accounts")).Expect(200);
        Assert.That(listed.Body!.ToJsonString(), Does.Not.Contain(token));
        var entry = listed.Json["items"]!.AsArray().Single(a => a!["id"]!.GetValue<long>() == created.Id)!;
        Assert.That(entry["lastUsedAt"], Is.Not.Null, "last use is recorded");
        Assert.That(entry["activeTokens"]!.GetValue<int>(), Is.EqualTo(1));

        using var db = _host.Connect();
        var stored = db.Query<string>("SELECT token_hash FROM account_tokens").ToList();
        Assert.That(stored, Has.None.Contains(token));
        Assert.That(stored, Has.All.Length.EqualTo(64));
    }

    [Test]
    public async Task A_second_account_with_the_same_mobile_is_a_409_naming_the_mobile_and_nothing_is_stored()
    {
        var admin = _host.Admin();
        var pointId = await admin.CreatePoint("双号村");
        (await admin.Post("/api/accounts", new { name = "张联络", mobile = "13700137000", role = "point-coordinator", learningPointId = pointId })).Expect(201);
        var before = (await admin.Get("/api/accounts")).Json["items"]!.AsArray().Count;
        var twice = (await admin.Post("/api/accounts", new { name = "张联络二", mobile = "13700137000", role = "point-coordinator", learningPointId = pointId })).Expect(409);
        Assert.That((twice.ErrorFields, twice.Json["detail"]!.GetValue<string>()), Is.EqualTo((new[] { "mobile" }, "该手机号码已有账号")));
        Assert.That((await admin.Get("/api/accounts")).Json["items"]!.AsArray(), Has.Count.EqualTo(before));
    }

    [Test]
    public async Task Noting_when_a_token_was_last_used_keeps_the_cached_aggregates()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 6, 15, 2, 0, 0, TimeSpan.Zero));
        var host = new TestHost { Clock = clock };
        try
        {
            (await host.Admin().Get("/api/town")).Expect(200);
            using var db = host.Connect();
            string LastUse() => db.ExecuteScalar<string>("SELECT last_used_at FROM account_tokens")!;
            var (firstUse, generation) = (LastUse(), db.ExecuteScalar<long>("SELECT value FROM write_generation"));
            clock.Set(clock.GetUtcNow().AddMinutes(2));
            (await host.Admin().Get("/api/town")).Expect(200);
            Assert.That(LastUse(), Is.Not.EqualTo(firstUse), "the later use was noted");
            Assert.That(db.ExecuteScalar<long>("SELECT value FROM write_generation"), Is.EqualTo(generation));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task Revoked_tokens_answer_401_and_a_new_token_works()
    {
        var admin = _host.Admin();
        var point = await admin.CreatePointWithCoordinator();
        var second = (await admin.Post($"/api/accounts/{point.AccountId}/tokens")).Expect(201).Str("token");
        (await _host.As(second).Get("/api/town")).Expect(200);

        var revoked = (await admin.Delete($"/api/accounts/{point.AccountId}/tokens")).Expect(200);
        Assert.That(revoked.Json["revoked"]!.GetValue<int>(), Is.EqualTo(2));
        var reply = (await _host.As(point.Token).Get("/api/town")).Expect(401);
        Assert.That(reply.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        (await _host.As(second).Get("/api/town")).Expect(401);

        var third = (await admin.Post($"/api/accounts/{point.AccountId}/tokens")).Expect(201).Str("token");
        (await _host.As(third).Get("/api/town")).Expect(200);
    }

    [TestCase("Bearer nonsense")]
    [TestCase("Basic dXNlcjpwYXNz")]
    [TestCase("Bearer ")]
    public async Task Unknown_or_malformed_credentials_answer_401(string header)
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
        (await new ApiClient(client).Get("/api/volunteers")).Expect(401);
    }

    [Test]
    public async Task Roles_and_points_must_fit_together()
    {
        var admin = _host.Admin();
        var pointId = await admin.CreatePoint();
        var noPoint = (await admin.Post("/api/accounts", new { name = "张三", role = "point-coordinator" })).Expect(400);
        Assert.That(noPoint.ErrorFields, Is.EqualTo(new[] { "learningPointId" }));
        var adminWithPoint = (await admin.Post("/api/accounts", new { name = "张三", role = "town-admin", learningPointId = pointId })).Expect(400);
        Assert.That(adminWithPoint.ErrorFields, Is.EqualTo(new[] { "learningPointId" }));
        var unknownRole = (await admin.Post("/api/accounts", new { name = "张三", role = "root" })).Expect(400);
        Assert.That(unknownRole.ErrorFields, Is.EqualTo(new[] { "role" }));
        var missingPoint = (await admin.Post("/api/accounts", new { name = "张三", role = "point-coordinator", learningPointId = 987654 })).Expect(400);
        Assert.That(missingPoint.ErrorFields, Is.EqualTo(new[] { "learningPointId" }));
    }

    [Test]
    public async Task Only_a_town_admin_manages_accounts()
    {
        var admin = _host.Admin();
        var point = await admin.CreatePointWithCoordinator();
        var coordinator = _host.As(point.Token);
        (await coordinator.Get("/api/accounts")).Expect(403);
        (await coordinator.Post("/api/accounts", new { name = "张三", role = "town-admin" })).Expect(403);
        (await coordinator.Post($"/api/accounts/{point.AccountId}/tokens")).Expect(403);
        (await coordinator.Delete($"/api/accounts/{point.AccountId}/tokens")).Expect(403);
        (await _host.Anonymous().Get("/api/accounts")).Expect(401);
        (await admin.Post("/api/accounts/424242/tokens")).Expect(404);
    }
}
