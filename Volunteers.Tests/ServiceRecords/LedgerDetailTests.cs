using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.ServiceRecords;

public sealed class LedgerDetailTests : TwoPointFixture
{
    [Test]
    public async Task Each_row_of_a_sheet_names_its_batch_and_a_single_record_has_none()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var activity = await A.CreateActivity(PointA.PointId, Ledger.DaysAgo(1));
        var sheet = (await A.Post($"/api/activities/{activity}/attendance", new { entries = new[] { new { volunteerId = volunteer, hours = 2 } } })).Expect(201).Json;
        var row = sheet["created"]![0]!.GetValue<long>();
        Assert.That((await A.Get($"/api/service-records/{row}")).Json["batchId"]!.GetValue<long>(), Is.EqualTo(sheet["batchId"]!.GetValue<long>()));
        Assert.That((await A.Record(volunteer, 1)).Expect(201).Json["batchId"], Is.Null);
    }

    [Test]
    public async Task A_single_record_names_only_an_activity_its_recorder_reaches()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var theirs = await Host.As(PointB.Token).CreateActivity(PointB.PointId);
        (await A.Record(volunteer, 1, activityId: theirs)).Expect(404);
        (await A.Record(volunteer, 1, activityId: 987654)).Expect(404);
        var town = await Admin.CreateActivity(null);
        (await A.Record(volunteer, 1, activityId: town)).Expect(201);
    }

    [Test]
    public async Task The_points_ledger_keeps_each_change_with_its_kind()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var record = await Ledger.RecordApproved(A, Admin, volunteer, 2);
        (await A.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 5, item = "笔" })).Expect(201);
        (await A.Post($"/api/service-records/{record}/reverse", new { reason = "录错" })).Expect(201);
        using var db = Host.Connect();
        var entries = db.Query<(string Kind, long Delta)>("SELECT kind, delta FROM points_ledger WHERE volunteer_id = @volunteer ORDER BY id", new { volunteer });
        Assert.That(entries, Is.EqualTo(new[] { ("service", 20L), ("redemption", -5L), ("reversal", -15L) }));
    }
}
