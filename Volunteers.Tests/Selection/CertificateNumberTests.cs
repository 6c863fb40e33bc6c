using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Selection;

public sealed class CertificateNumberTests
{
    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    /// <summary>Runs a year's selection to the end with the given nominees of each coordinator; answers the awards.</summary>
    private static async Task<List<(long VolunteerId, string Number, long Id)>> Finalize(TestHost host, params (ApiClient Coordinator, long Volunteer)[] nominees)
    {
        var admin = host.Admin();
        (await admin.Post("/api/selections", new { year = ThisYear, minHours = 1, quota = nominees.Length })).Expect(201);
        foreach (var (coordinator, volunteer) in nominees)
            (await coordinator.Post($"/api/selections/{ThisYear}/nominations", new { volunteerId = volunteer, reason = "积极" })).Expect(201);
        (await admin.Post($"/api/selections/{ThisYear}/review", new { volunteerIds = nominees.Select(n => n.Volunteer).ToArray() })).Expect(200);
        (await admin.Post($"/api/selections/{ThisYear}/notice", new { days = 0 })).Expect(200);
        return (await admin.Post($"/api/selections/{ThisYear}/finalize")).Expect(200).Json.AsArray()
            .Select(a => (a!["volunteerId"]!.GetValue<long>(), a["certificateNo"]!.GetValue<string>(), a["id"]!.GetValue<long>())).ToList();
    }

    private static async Task<long> Volunteer(TestHost host, PointWithCoordinator point, params decimal[] hours)
    {
        var coordinator = host.As(point.Token);
        var id = await coordinator.CreateVolunteer(point.PointId);
        foreach (var h in hours) await Ledger.RecordApproved(coordinator, host.Admin(), id, h, Ledger.Today);
        return id;
    }

    private static List<(long VolunteerId, long Delta, string Item)> AwardPoints(TestHost host)
    {
        using var db = host.Connect();
        return db.Query<(long, long, string)>("SELECT volunteer_id, delta, item FROM points_ledger WHERE kind = 'award'").ToList();
    }

    [Test]
    public async Task Numbers_run_by_learning_point_then_hours_then_records()
    {
        var host = new TestHost();
        try
        {
            var a = await host.Admin().CreatePointWithCoordinator("甲村");
            var b = await host.Admin().CreatePointWithCoordinator("乙村");
            var ofB = await Volunteer(host, b, 10);
            var oneRecord = await Volunteer(host, a, 6);
            var twoRecords = await Volunteer(host, a, 3, 3);
            var fewerHours = await Volunteer(host, a, 2);
            var awards = await Finalize(host, (host.As(b.Token), ofB), (host.As(a.Token), oneRecord), (host.As(a.Token), twoRecords), (host.As(a.Token), fewerHours));
            var byNumber = awards.OrderBy(x => x.Number, StringComparer.Ordinal).ToList();
            Assert.That(byNumber.Select(x => x.VolunteerId), Is.EqualTo(new[] { twoRecords, oneRecord, fewerHours, ofB }));
            Assert.That(byNumber.Select(x => x.Number),
                Is.EqualTo(new[] { 1, 2, 3, 4 }.Select(n => $"扶欢社教〔{ThisYear}〕第{n:000}号")));
            Assert.That(AwardPoints(host), Is.EquivalentTo(awards.Select(a => (a.VolunteerId, 100L, $"award {a.Id}"))), "each award's points name it");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task A_town_sets_its_own_number_format_and_award_points()
    {
        var host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Incentives:PointsPerAward"] = "0" });
        try
        {
            (await host.Admin().Put("/api/town", new { name = "扶欢镇", residentPopulation = 35000, targetRatio = 0.01, certificateNumberFormat = "綦江{0}-{1:00}" }))
                .Expect(200);
            var a = await host.Admin().CreatePointWithCoordinator();
            var volunteer = await Volunteer(host, a, 2);
            var awards = await Finalize(host, (host.As(a.Token), volunteer));
            Assert.That(awards.Select(x => (x.VolunteerId, x.Number)), Is.EqualTo(new[] { (volunteer, $"綦江{ThisYear}-01") }));
            Assert.That((await host.As(a.Token).Totals(volunteer)).Points, Is.EqualTo(20), "hours' points only: an award gives none here");
            Assert.That(AwardPoints(host), Is.Empty, "not even an entry of zero points");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
