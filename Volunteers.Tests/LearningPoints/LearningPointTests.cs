using Volunteers.Tests.Support;

namespace Volunteers.Tests.LearningPoints;

public sealed class LearningPointTests
{
    private TestHost _host = null!;

    [OneTimeSetUp] public void Start() => _host = new TestHost();
    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task A_point_gets_its_own_target_by_the_town_ratio()
    {
        var admin = _host.Admin();
        var point = (await admin.Post("/api/learning-points", new { code = "fh-01", name = "扶欢社区", kind = "community", residentPopulation = 4321 })).Expect(201);
        Assert.That(point.Json["target"]!.GetValue<int>(), Is.EqualTo(44));
        Assert.That(point.Str("code"), Is.EqualTo("FH-01"));
        Assert.That(point.Message.Headers.Location!.ToString(), Is.EqualTo($"/api/learning-points/{point.Id}"));

        var updated = (await admin.Put($"/api/learning-points/{point.Id}", new { code = "FH-01", name = "扶欢社区", kind = "community", residentPopulation = 5000 })).Expect(200);
        Assert.That(updated.Json["target"]!.GetValue<int>(), Is.EqualTo(50));
        Assert.That((await admin.Get($"/api/learning-points/{point.Id}")).Expect(200).Json["residentPopulation"]!.GetValue<long>(), Is.EqualTo(5000));
    }

    [Test]
    public async Task A_code_in_use_is_a_conflict_naming_the_code()
    {
        var admin = _host.Admin();
        (await admin.Post("/api/learning-points", new { code = "DUP", name = "甲村", kind = "village", residentPopulation = 1 })).Expect(201);
        var reply = (await admin.Post("/api/learning-points", new { code = "dup", name = "乙村", kind = "village", residentPopulation = 1 })).Expect(409);
        Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "code" }));
    }

    [Test]
    public async Task Bad_fields_are_named()
    {
        var reply = (await _host.Admin().Post("/api/learning-points", new { code = "空 格", name = "", kind = "city", residentPopulation = -1 })).Expect(400);
        Assert.That(reply.ErrorFields, Is.EquivalentTo(new[] { "code", "name", "kind", "residentPopulation" }));
    }

    [Test]
    public async Task A_null_code_is_refused_naming_it_not_a_server_error()
    {
        var admin = _host.Admin();
        var point = await admin.CreatePoint("空码村");
        var reply = (await admin.Put($"/api/learning-points/{point}", new { code = (string?)null, name = "空码村", kind = "village", residentPopulation = 1 })).Expect(400);
        Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "code" }));
    }

    [Test]
    public async Task The_public_list_shows_names_only_and_a_token_shows_the_details()
    {
        var id = await _host.Admin().CreatePoint("石龙村", 3000);
        var anonymous = (await _host.Anonymous().Get("/api/learning-points")).Expect(200).Json["items"]!.AsArray();
        var shown = anonymous.Single(p => p!["id"]!.GetValue<long>() == id)!.AsObject();
        Assert.That(shown.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "townId", "townName", "name", "kind" }));
        var full = (await _host.Admin().Get("/api/learning-points")).Json["items"]!.AsArray().Single(p => p!["id"]!.GetValue<long>() == id)!;
        Assert.That(full["target"]!.GetValue<int>(), Is.EqualTo(30));
    }

    [Test]
    public async Task A_coordinator_reads_only_their_point_and_changes_none()
    {
        var admin = _host.Admin();
        var mine = await admin.CreatePointWithCoordinator("甲村");
        var other = await admin.CreatePoint("乙村");
        var coordinator = _host.As(mine.Token);
        (await coordinator.Get($"/api/learning-points/{mine.PointId}")).Expect(200);
        (await coordinator.Get($"/api/learning-points/{other}")).Expect(404);
        (await coordinator.Post("/api/learning-points", new { code = "X1", name = "新村", kind = "village", residentPopulation = 1 })).Expect(403);
        (await coordinator.Put($"/api/learning-points/{mine.PointId}", new { code = "X2", name = "改名", kind = "village", residentPopulation = 1 })).Expect(403);
        (await admin.Get("/api/learning-points/999999")).Expect(404);
    }
}
