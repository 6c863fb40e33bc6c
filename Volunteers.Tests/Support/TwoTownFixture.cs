namespace Volunteers.Tests.Support;

/// <summary>One town's people and objects, made through the API by its own staff.</summary>
public sealed record TownSide(long TownId, string AdminToken, PointWithCoordinator Point, long Volunteer, string VolunteerNo, long Record,
    long Activity, long Objection, long Award, string CertificateNo, string PointName);

/// <summary>
/// A district of two towns on one host: 扶欢镇 (the database's first town, FH) and 古南街道 (QJ, added by the district
/// administrator). Each has its own town administrator, a learning point with a coordinator, a volunteer with approved
/// hours, an activity and a finalized selection with one award, all made by that town's staff without naming the town.
/// </summary>
public abstract class TwoTownFixture
{
    protected TestHost Host { get; private set; } = null!;
    protected TownSide Fuhuan { get; private set; } = null!;
    protected TownSide Gunan { get; private set; } = null!;
    protected ApiClient District => Host.Admin();
    protected static int Year => DateTime.UtcNow.AddHours(8).Year;
    protected static string Month => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    [OneTimeSetUp]
    public async Task StartDistrict()
    {
        Host = new TestHost();
        var gunan = (await District.Post("/api/towns", new
        {
            code = "QJ-GN", name = "古南街道", residentPopulation = 62000, targetRatio = 0.01, volunteerNoPrefix = "QJ",
        })).Expect(201).Id;
        Fuhuan = await Side(1, "扶欢镇甲村");
        Gunan = await Side(gunan, "古南街道乙社区");
    }

    [OneTimeTearDown] public void StopDistrict() => Host.DisposeAndDelete();

    private async Task<TownSide> Side(long townId, string pointName)
    {
        var adminToken = (await District.Post("/api/accounts", new { name = "镇管理员", role = "town-admin", townId })).Expect(201).Str("token");
        var admin = Host.As(adminToken);
        var pointId = (await admin.Post("/api/learning-points", new { code = "P1", name = pointName, kind = "village", residentPopulation = 1200 }))
            .Expect(201).Id;
        var account = (await admin.Post("/api/accounts", new { name = "王联络", role = "point-coordinator", learningPointId = pointId })).Expect(201);
        var point = new PointWithCoordinator(pointId, account.Id, account.Str("token"));
        var coordinator = Host.As(point.Token);
        var created = (await coordinator.Post("/api/volunteers", People.Volunteer(pointId))).Expect(201);
        var record = await Ledger.RecordApproved(coordinator, admin, created.Id, 3);
        var activity = await coordinator.CreateActivity(pointId);
        (await admin.Post("/api/selections", new { year = Year, minHours = 1, quota = 1 })).Expect(201);
        (await coordinator.Post($"/api/selections/{Year}/nominations", new { volunteerId = created.Id, reason = "积极" })).Expect(201);
        (await admin.Post($"/api/selections/{Year}/review", new { volunteerIds = new[] { created.Id } })).Expect(200);
        (await admin.Post($"/api/selections/{Year}/notice", new { days = 0 })).Expect(200);
        var objection = (await admin.Post($"/api/selections/{Year}/objections", new { volunteerId = created.Id, text = "核实" })).Expect(201).Id;
        (await admin.Post($"/api/selections/{Year}/objections/{objection}/resolve", new { upheld = false, note = "不成立" })).Expect(200);
        var award = (await admin.Post($"/api/selections/{Year}/finalize")).Expect(200).Json[0]!;
        return new TownSide(townId, adminToken, point, created.Id, created.Str("volunteerNo"), record, activity, objection,
            award["id"]!.GetValue<long>(), award["certificateNo"]!.GetValue<string>(), pointName);
    }
}
