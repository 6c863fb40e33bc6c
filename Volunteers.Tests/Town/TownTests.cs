using Volunteers.Tests.Support;

namespace Volunteers.Tests.Town;

public sealed class TownTests
{
    private TestHost _host = null!;

    [OneTimeSetUp] public void Start() => _host = new TestHost();
    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task Town_starts_as_Fuhuan_with_a_target_of_one_percent()
    {
        var town = (await _host.Admin().Get("/api/town")).Expect(200).Json;
        Assert.That(town["name"]!.GetValue<string>(), Is.EqualTo("扶欢镇"));
        Assert.That(town["target"]!.GetValue<int>(), Is.EqualTo(350));
    }

    [Test]
    public async Task Target_is_the_ceiling_of_population_times_ratio()
    {
        var admin = _host.Admin();
        var town = (await admin.Put("/api/town", new { name = "扶欢镇", residentPopulation = 35001, targetRatio = 0.01 })).Expect(200).Json;
        Assert.That(town["target"]!.GetValue<int>(), Is.EqualTo(351));
        town = (await admin.Put("/api/town", new { name = "扶欢镇", residentPopulation = 35000, targetRatio = 0.01 })).Expect(200).Json;
        Assert.That(town["target"]!.GetValue<int>(), Is.EqualTo(350));
    }

    [TestCase(0)]
    [TestCase(1.5)]
    [TestCase(-0.01)]
    public async Task A_ratio_outside_zero_to_one_is_refused_naming_the_field(double ratio)
    {
        var reply = (await _host.Admin().Put("/api/town", new { name = "扶欢镇", residentPopulation = 35000, targetRatio = ratio })).Expect(400);
        Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "targetRatio" }));
        Assert.That((await _host.Admin().Get("/api/town")).Json["targetRatio"]!.GetValue<decimal>(), Is.EqualTo(0.01m));
    }

    [Test]
    public async Task Town_needs_a_token_and_only_an_admin_may_change_it()
    {
        (await _host.Anonymous().Get("/api/town")).Expect(401);
        var point = await _host.Admin().CreatePointWithCoordinator();
        var coordinator = _host.As(point.Token);
        (await coordinator.Get("/api/town")).Expect(200);
        var reply = (await coordinator.Put("/api/town", new { name = "别的镇", residentPopulation = 1, targetRatio = 0.5 })).Expect(403);
        Assert.That(reply.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await coordinator.Get("/api/town")).Json["name"]!.GetValue<string>(), Is.EqualTo("扶欢镇"));
    }
}
