using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.ServiceRecords;

public sealed class ServiceRecordTests : TwoPointFixture
{
    [Test]
    public async Task Recorded_hours_count_only_once_another_person_approves_them()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var record = (await A.Record(volunteer, 2.5m)).Expect(201);
        Assert.That(record.Str("status"), Is.EqualTo("pending"));
        Assert.That((await A.Totals(volunteer)).Hours, Is.EqualTo(0));

        var own = (await A.Post($"/api/service-records/{record.Id}/approve")).Expect(403);
        Assert.That(own.Str("detail"), Does.Contain("双人审核"));
        var approved = (await Admin.Post($"/api/service-records/{record.Id}/approve")).Expect(200);
        Assert.That(approved.Str("status"), Is.EqualTo("approved"));
        var totals = await A.Totals(volunteer);
        Assert.That(totals.Hours, Is.EqualTo(2.5m));
        Assert.That(totals.Points, Is.EqualTo(25));
        (await Admin.Post($"/api/service-records/{record.Id}/approve")).Expect(409);
        (await Admin.Post($"/api/service-records/{record.Id}/reject", new { reason = "重复" })).Expect(409);
    }

    [Test]
    public async Task With_two_step_review_off_a_recorder_may_approve_their_own_record()
    {
        var host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:TwoStepReview"] = "false" });
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator();
            var a = host.As(point.Token);
            var record = (await a.Record(await a.CreateVolunteer(point.PointId), 1)).Expect(201);
            (await a.Post($"/api/service-records/{record.Id}/approve")).Expect(200);
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [Test]
    public async Task A_rejection_needs_a_reason_and_counts_nothing()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var record = (await A.Record(volunteer, 3)).Expect(201);
        Assert.That((await Admin.Post($"/api/service-records/{record.Id}/reject")).Expect(400).ErrorFields, Is.EqualTo(new[] { "reason" }));
        var rejected = (await Admin.Post($"/api/service-records/{record.Id}/reject", new { reason = "未到场" })).Expect(200);
        Assert.That(rejected.Str("status"), Is.EqualTo("rejected"));
        Assert.That(rejected.Str("reason"), Is.EqualTo("未到场"));
        (await Admin.Post($"/api/service-records/{record.Id}/approve")).Expect(409);
        Assert.That((await A.Totals(volunteer)).Hours, Is.EqualTo(0));
    }

    [Test]
    public async Task A_correction_is_a_linked_reversal_and_reversing_twice_is_a_conflict()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var original = await Ledger.RecordApproved(A, Admin, volunteer, 4);
        var keep = await Ledger.RecordApproved(A, Admin, volunteer, 1, Ledger.DaysAgo(1));
        (await A.Post($"/api/service-records/{original}/reverse")).Expect(400);
        var reversal = (await A.Post($"/api/service-records/{original}/reverse", new { reason = "录入错误，实为 2 小时" })).Expect(201);
        Assert.That(reversal.Json["hours"]!.GetValue<decimal>(), Is.EqualTo(-4));
        Assert.That(reversal.Json["reversesId"]!.GetValue<long>(), Is.EqualTo(original));
        Assert.That(reversal.Str("status"), Is.EqualTo("approved"));
        Assert.That((await A.Get($"/api/service-records/{original}")).Json["reversedById"]!.GetValue<long>(), Is.EqualTo(reversal.Id));
        Assert.That((await A.Totals(volunteer)).Hours, Is.EqualTo(1));

        (await A.Post($"/api/service-records/{original}/reverse", new { reason = "再次" })).Expect(409);
        (await A.Post($"/api/service-records/{reversal.Id}/reverse", new { reason = "冲正的冲正" })).Expect(409);
        var pending = (await A.Record(volunteer, 1, Ledger.DaysAgo(2))).Expect(201).Id;
        (await A.Post($"/api/service-records/{pending}/reverse", new { reason = "未审核" })).Expect(409);
        Assert.That((await A.Totals(volunteer)).Hours, Is.EqualTo(1), $"record {keep} still counts");
    }

    [TestCase(0)]
    [TestCase(0.3)]
    [TestCase(-1)]
    [TestCase(12.5)]
    [TestCase(13)]
    public async Task Hours_are_positive_half_hour_steps_up_to_12(decimal hours)
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        Assert.That((await A.Record(volunteer, hours)).Expect(400).ErrorFields, Is.EqualTo(new[] { "hours" }));
    }

    [Test]
    public async Task A_volunteers_day_holds_at_most_24_hours_pending_and_approved()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var day = Ledger.DaysAgo(3);
        await Ledger.RecordApproved(A, Admin, volunteer, 12, day);
        (await A.Record(volunteer, 11.5m, day)).Expect(201);
        var over = (await A.Record(volunteer, 1, day)).Expect(400);
        Assert.That(over.ErrorFields, Is.EqualTo(new[] { "hours" }));
        Assert.That(over.ErrorReason("hours"), Does.Contain("23.5"));
        (await A.Record(volunteer, 0.5m, day)).Expect(201);
        (await A.Record(volunteer, 12, Ledger.DaysAgo(4))).Expect(201);
    }

    [Test]
    public async Task Service_dates_are_not_in_the_future_nor_before_2000()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1).ToString("yyyy-MM-dd");
        Assert.That((await A.Record(volunteer, 1, tomorrow)).Expect(400).ErrorFields, Is.EqualTo(new[] { "serviceDate" }));
        Assert.That((await A.Record(volunteer, 1, "1999-12-31")).Expect(400).ErrorFields, Is.EqualTo(new[] { "serviceDate" }));
        (await A.Record(volunteer, 1, "2000-01-01")).Expect(201);
    }

    [Test]
    public async Task No_hours_for_withdrawn_or_not_yet_approved_volunteers()
    {
        var withdrawn = await A.CreateVolunteer(PointA.PointId);
        (await A.Post($"/api/volunteers/{withdrawn}/withdraw")).Expect(200);
        var pending = await SelfRegistered();
        var present = await A.CreateVolunteer(PointA.PointId);
        var activity = await A.CreateActivity(PointA.PointId);
        foreach (var (volunteer, reason) in new[] { (withdrawn, "已退出"), (pending, "尚未审核通过") })
        {
            var single = (await A.Record(volunteer, 1)).Expect(409);
            Assert.That(single.ErrorFields, Is.EqualTo(new[] { "volunteerId" }));
            Assert.That(single.ErrorReason("volunteerId"), Does.Contain(reason));
            var entries = new[] { new { volunteerId = present, hours = 2m }, new { volunteerId = volunteer, hours = 2m } };
            var sheet = (await A.Post($"/api/activities/{activity}/attendance", new { entries })).Expect(409);
            Assert.That(sheet.ErrorFields, Is.EqualTo(new[] { "entries[1].volunteerId" }));
            Assert.That(sheet.ErrorReason("entries[1].volunteerId"), Does.Contain(reason));
        }
        Assert.That((await A.Get($"/api/service-records?volunteerId={present}")).Json["total"]!.GetValue<int>(), Is.Zero, "a refused sheet writes nothing");
    }

    [Test]
    public async Task No_hours_for_a_volunteer_who_does_not_exist()
    {
        Assert.That((await A.Record(987654, 1)).Expect(400).ErrorFields, Is.EqualTo(new[] { "volunteerId" }));
        var activity = await A.CreateActivity(PointA.PointId);
        var sheet = await A.Post($"/api/activities/{activity}/attendance", new { entries = new[] { new { volunteerId = 987654, hours = 1 } } });
        Assert.That(sheet.Expect(400).ErrorFields, Is.EqualTo(new[] { "entries[0].volunteerId" }));
    }

    /// <summary>A volunteer who registered through the public form and waits for the coordinator's approval.</summary>
    private async Task<long> SelfRegistered()
    {
        var reference = (await Host.Anonymous().Post("/api/registrations", People.Registration(PointA.PointId))).Expect(201).Str("reference");
        var found = (await A.Get($"/api/volunteers?status=pending&q={reference}")).Expect(200).Json["items"]!.AsArray();
        return found.Single()!["id"]!.GetValue<long>();
    }

    [Test]
    public async Task A_coordinator_records_and_reviews_only_their_own_points_hours()
    {
        var ofB = await Host.As(PointB.Token).CreateVolunteer(PointB.PointId);
        Assert.That((await A.Record(ofB, 1)).Expect(400).ErrorFields, Is.EqualTo(new[] { "volunteerId" }));
        var recordOfB = (await Host.As(PointB.Token).Record(ofB, 1)).Expect(201).Id;
        (await A.Post($"/api/service-records/{recordOfB}/approve")).Expect(404);
        (await A.Post($"/api/service-records/{recordOfB}/reject", new { reason = "x" })).Expect(404);
        (await A.Get($"/api/service-records/{recordOfB}")).Expect(404);
        var listed = (await A.Get("/api/service-records?pageSize=200")).Json["items"]!.AsArray();
        Assert.That(listed.Select(r => r!["learningPointId"]!.GetValue<long>()), Has.All.EqualTo(PointA.PointId));
        Assert.That((await Admin.Get($"/api/service-records/{recordOfB}")).Expect(200).Str("status"), Is.EqualTo("pending"));
    }

    [Test]
    public async Task A_retried_request_with_the_same_key_writes_once()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var body = new { volunteerId = volunteer, serviceDate = Ledger.Today, hours = 2, content = "整理图书" };
        async Task<Reply> Send(object b, string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/service-records") { Content = System.Net.Http.Json.JsonContent.Create(b) };
            request.Headers.Add("Idempotency-Key", key);
            return await A.Send(request);
        }
        var first = (await Send(body, "sheet-7-row-3")).Expect(201);
        var again = (await Send(body, "sheet-7-row-3")).Expect(201);
        Assert.That(again.Id, Is.EqualTo(first.Id));
        var other = (await Send(body with { }, "sheet-7-row-3")).Expect(201);
        Assert.That(other.Id, Is.EqualTo(first.Id));
        var different = (await Send(new { volunteerId = volunteer, serviceDate = Ledger.Today, hours = 3, content = "整理图书" }, "sheet-7-row-3")).Expect(409);
        Assert.That(different.ErrorFields, Is.EqualTo(new[] { "Idempotency-Key" }));

        using var db = Host.Connect();
        Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM service_records WHERE volunteer_id = @volunteer", new { volunteer }), Is.EqualTo(1));
    }
}
