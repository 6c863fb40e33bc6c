using Volunteers.Tests.Support;

namespace Volunteers.Tests.ServiceRecords;

public sealed class ReviewOutcomeTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!;
    private long _adminId;
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:RegistrationRateLimit"] = "1000" });
        _a = await Admin.CreatePointWithCoordinator("甲村");
        _adminId = (await Admin.Get("/api/accounts")).Expect(200).Json["items"]!.AsArray()
            .Single(a => a!["role"]!.GetValue<string>() == "district-admin")!["id"]!.GetValue<long>();
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task A_record_reviewed_already_says_in_which_state_it_is()
    {
        var volunteer = await A.CreateVolunteer(_a.PointId);
        var approved = await Ledger.RecordApproved(A, Admin, volunteer, 1, Ledger.DaysAgo(1));
        var rejected = (await A.Record(volunteer, 1, Ledger.DaysAgo(2))).Expect(201).Id;
        (await Admin.Post($"/api/service-records/{rejected}/reject", new { reason = "重复" })).Expect(200);

        Assert.That((await Admin.Post($"/api/service-records/{approved}/approve")).Expect(409).Str("detail"), Does.Contain("已通过"));
        Assert.That((await Admin.Post($"/api/service-records/{rejected}/approve")).Expect(409).Str("detail"), Does.Contain("未通过"));
        Assert.That((await Admin.Post($"/api/service-records/{rejected}/reject", new { reason = "x" })).Expect(409).Str("detail"), Does.Contain("未通过"));
        Assert.That((await Admin.Post($"/api/service-records/{rejected}/approve", language: "en")).Expect(409).Str("detail"), Does.Contain("rejected"));
    }

    [Test]
    public async Task A_review_notes_who_recorded_and_who_reviewed_it()
    {
        var volunteer = await A.CreateVolunteer(_a.PointId);
        var recorded = (await A.Record(volunteer, 2)).Expect(201);
        Assert.That(recorded.Json["recordedBy"]!.GetValue<long>(), Is.EqualTo(_a.AccountId));
        Assert.That(recorded.Json["reviewedBy"], Is.Null);
        var approved = (await Admin.Post($"/api/service-records/{recorded.Id}/approve")).Expect(200).Json;
        Assert.That(approved["reviewedBy"]!.GetValue<long>(), Is.EqualTo(_adminId));
        Assert.That(approved["reviewedAt"], Is.Not.Null);

        var other = (await A.Record(volunteer, 2, Ledger.DaysAgo(1))).Expect(201).Id;
        var rejected = (await Admin.Post($"/api/service-records/{other}/reject", new { reason = "未到场" })).Expect(200).Json;
        Assert.That(rejected["reviewedBy"]!.GetValue<long>(), Is.EqualTo(_adminId));
        Assert.That(rejected["reviewedAt"], Is.Not.Null);
    }

    [Test]
    public async Task A_reversal_repeats_the_originals_day_activity_and_content_reviewed_by_whoever_reversed_it()
    {
        var volunteer = await A.CreateVolunteer(_a.PointId);
        var activity = await A.CreateActivity(_a.PointId, Ledger.DaysAgo(4));
        var original = (await A.Post("/api/service-records",
            new { volunteerId = volunteer, activityId = activity, serviceDate = Ledger.DaysAgo(4), hours = 3, content = "  整理图书  " })).Expect(201);
        Assert.That(original.Str("content"), Is.EqualTo("整理图书"));
        (await Admin.Post($"/api/service-records/{original.Id}/approve")).Expect(200);

        var reversal = (await A.Post($"/api/service-records/{original.Id}/reverse", new { reason = "未到场" })).Expect(201).Json;
        Assert.That(reversal["serviceDate"]!.GetValue<string>(), Is.EqualTo(Ledger.DaysAgo(4)));
        Assert.That(reversal["activityId"]!.GetValue<long>(), Is.EqualTo(activity));
        Assert.That(reversal["content"]!.GetValue<string>(), Is.EqualTo("整理图书"));
        Assert.That(reversal["reason"]!.GetValue<string>(), Is.EqualTo("未到场"));
        Assert.That(reversal["recordedBy"]!.GetValue<long>(), Is.EqualTo(_a.AccountId));
        Assert.That(reversal["reviewedBy"]!.GetValue<long>(), Is.EqualTo(_a.AccountId));
    }

    [Test]
    public async Task Rejected_hours_leave_the_day_free_for_others()
    {
        var volunteer = await A.CreateVolunteer(_a.PointId);
        var day = Ledger.DaysAgo(6);
        var wrong = (await A.Record(volunteer, 12, day)).Expect(201).Id;
        (await Admin.Post($"/api/service-records/{wrong}/reject", new { reason = "日期错误" })).Expect(200);
        (await A.Record(volunteer, 12, day)).Expect(201);
        (await A.Record(volunteer, 12, day)).Expect(201);
        (await A.Record(volunteer, 0.5m, day)).Expect(400);
    }

    [Test]
    public async Task A_volunteer_awaiting_approval_gets_no_hours_and_that_is_a_conflict()
    {
        var registered = (await _host.Anonymous().Post("/api/registrations", People.Registration(_a.PointId))).Expect(201);
        var pending = (await A.Get($"/api/volunteers?status=pending&q={registered.Str("reference")}")).Expect(200)
            .Json["items"]!.AsArray().Single()!["id"]!.GetValue<long>();
        var refused = (await A.Record(pending, 1)).Expect(409);
        Assert.That(refused.ErrorFields, Is.EqualTo(new[] { "volunteerId" }));
        Assert.That(refused.Str("detail"), Does.Contain("尚未审核"));
        var inEnglish = (await A.Post("/api/service-records", new { volunteerId = pending, serviceDate = Ledger.Today, hours = 1, content = "讲座" }, "en")).Expect(409);
        Assert.That(inEnglish.Str("detail"), Does.Contain("registration is not approved yet"));
    }
}
