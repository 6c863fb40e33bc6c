namespace Volunteers.Tests.Support;

/// <summary>A learning point with a coordinator, made through the API.</summary>
public sealed record PointWithCoordinator(long PointId, long AccountId, string Token);

public static class Setup
{
    private static int _codes = Random.Shared.Next(1000, 9000);

    public static async Task<long> CreatePoint(this ApiClient admin, string name = "新连村", long population = 2400)
    {
        var code = "P" + Interlocked.Increment(ref _codes);
        return (await admin.Post("/api/learning-points", new { code, name, kind = "village", residentPopulation = population })).Expect(201).Id;
    }

    public static async Task<PointWithCoordinator> CreatePointWithCoordinator(this ApiClient admin, string name = "新连村")
    {
        var pointId = await admin.CreatePoint(name);
        var account = (await admin.Post("/api/accounts", new { name = "王联络", role = "point-coordinator", learningPointId = pointId })).Expect(201);
        return new PointWithCoordinator(pointId, account.Id, account.Str("token"));
    }

    public static async Task<long> CreateVolunteer(this ApiClient api, long pointId) =>
        (await api.Post("/api/volunteers", People.Volunteer(pointId))).Expect(201).Id;
}
