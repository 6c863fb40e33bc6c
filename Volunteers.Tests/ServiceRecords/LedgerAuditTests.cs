using Volunteers.Tests.Support;

namespace Volunteers.Tests.ServiceRecords;

public sealed class LedgerAuditTests : TwoPointFixture
{
    private async Task<List<(string Action, long? AccountId)>> Trail(string entity, long id) =>
        (await Admin.Get($"/api/audit?entity={entity}&entityId={id}&pageSize=200")).Expect(200).Json["items"]!.AsArray()
        .Select(e => (e!["action"]!.GetValue<string>(), e["accountId"]?.GetValue<long>())).ToList();

    [Test]
    public async Task Recording_approving_and_reversing_a_record_are_each_on_its_trail_with_who_did_it()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var record = await Ledger.RecordApproved(A, Admin, volunteer, 2);
        (await A.Post($"/api/service-records/{record}/reverse", new { reason = "录错" })).Expect(201);
        var trail = await Trail("service-record", record);
        Assert.That(trail.Select(e => e.Action), Is.EquivalentTo(new[] { "service-record.create", "service-record.approve", "service-record.reverse" }));
        Assert.That(trail.Single(e => e.Action == "service-record.create").AccountId, Is.EqualTo(PointA.AccountId));
        Assert.That(trail.Single(e => e.Action == "service-record.reverse").AccountId, Is.EqualTo(PointA.AccountId));
    }

    [Test]
    public async Task A_rejection_is_on_the_records_trail()
    {
        var record = (await A.Record(await A.CreateVolunteer(PointA.PointId), 1)).Expect(201).Id;
        (await Admin.Post($"/api/service-records/{record}/reject", new { reason = "未到场" })).Expect(200);
        Assert.That((await Trail("service-record", record)).Select(e => e.Action), Is.EquivalentTo(new[] { "service-record.create", "service-record.reject" }));
    }

    [Test]
    public async Task A_sign_in_sheet_is_on_its_activitys_trail_and_a_redemption_on_the_volunteers()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var activity = await A.CreateActivity(PointA.PointId);
        (await A.Post($"/api/activities/{activity}/attendance", new { entries = new[] { new { volunteerId = volunteer, hours = 3 } } })).Expect(201);
        Assert.That((await Trail("activity", activity)).Select(e => e.Action), Does.Contain("attendance.create"));

        var record = (await A.Get($"/api/service-records?volunteerId={volunteer}")).Json["items"]![0]!["id"]!.GetValue<long>();
        (await Admin.Post($"/api/service-records/{record}/approve")).Expect(200);
        (await A.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 5, item = "笔" })).Expect(201);
        Assert.That((await Trail("volunteer", volunteer)).Select(e => e.Action), Does.Contain("points.redeem"));
    }
}
