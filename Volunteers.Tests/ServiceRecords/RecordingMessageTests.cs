using Volunteers.Tests.Support;

namespace Volunteers.Tests.ServiceRecords;

/// <summary>What a coordinator reads when the ledger refuses something, in Chinese and in English.</summary>
public sealed class RecordingMessageTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!;
    private long _volunteer, _withdrawn, _activity;
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await Admin.CreatePointWithCoordinator("甲村");
        _volunteer = await A.CreateVolunteer(_a.PointId);
        _withdrawn = await A.CreateVolunteer(_a.PointId);
        (await A.Post($"/api/volunteers/{_withdrawn}/withdraw")).Expect(200);
        _activity = await A.CreateActivity(_a.PointId);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private Task<Reply> Record(long volunteerId, string date, string? language = null, decimal hours = 1) =>
        A.Post("/api/service-records", new { volunteerId, serviceDate = date, hours, content = "协助开展讲座" }, language);

    private Task<Reply> Sheet(object[] entries, string? language = null) =>
        A.Post($"/api/activities/{_activity}/attendance", new { entries }, language);

    private static void Says(Reply reply, string field, string text) => Assert.That(reply.ErrorReason(field), Does.Contain(text));

    [TestCase(null, "志愿者不存在")]
    [TestCase("en", "The volunteer does not exist")]
    public async Task An_unknown_volunteer(string? language, string text) => Says((await Record(987654, Ledger.Today, language)).Expect(400), "volunteerId", text);

    [TestCase(null, "已退出")]
    [TestCase("en", "has withdrawn")]
    public async Task A_withdrawn_volunteer(string? language, string text) => Says((await Record(_withdrawn, Ledger.Today, language)).Expect(409), "volunteerId", text);

    [TestCase(null, "不能晚于今天")]
    [TestCase("en", "cannot be in the future")]
    public async Task A_day_in_the_future(string? language, string text) => Says((await Record(_volunteer, Ledger.DaysAgo(-1), language)).Expect(400), "serviceDate", text);

    [TestCase(null, "不能早于 2000 年")]
    [TestCase("en", "cannot be before 2000")]
    public async Task A_day_before_2000(string? language, string text) => Says((await Record(_volunteer, "1999-12-31", language)).Expect(400), "serviceDate", text);

    [Test]
    public async Task A_full_day_in_English()
    {
        var volunteer = await A.CreateVolunteer(_a.PointId);
        for (var i = 0; i < 2; i++) (await Record(volunteer, Ledger.DaysAgo(1), hours: 12)).Expect(201);
        Says((await Record(volunteer, Ledger.DaysAgo(1), "en")).Expect(400), "hours", "cannot exceed 24 (24 already recorded)");
    }

    [TestCase(null, "出现了两次", "0.5 的整数倍")]
    [TestCase("en", "appears twice", "multiple of 0.5")]
    public async Task A_sheet_names_a_repeated_volunteer_once_and_bad_hours(string? language, string twice, string halfHours)
    {
        var other = await A.CreateVolunteer(_a.PointId);
        var reply = (await Sheet([new { volunteerId = _volunteer, hours = 1 }, new { volunteerId = _volunteer, hours = 0.7 }, new { volunteerId = other, hours = 0.7 }],
            language)).Expect(400);
        Assert.That(reply.ErrorFields, Is.EquivalentTo(new[] { "entries[1].volunteerId", "entries[2].hours" }), "a repeated entry is not checked further");
        Says(reply, "entries[1].volunteerId", twice);
        Says(reply, "entries[2].hours", halfHours);
    }

    [Test]
    public async Task Reviewing_ones_own_record_in_English()
    {
        var record = (await Record(_volunteer, Ledger.DaysAgo(3))).Expect(201).Id;
        Assert.That((await A.Post($"/api/service-records/{record}/approve", language: "en")).Expect(403).Str("detail"), Does.Contain("Two-step review is on"));
    }

    [TestCase(null, "只能冲正已审核通过", "已被冲正过")]
    [TestCase("en", "Only an approved service record", "already been reversed")]
    public async Task Reversing_a_pending_record_or_one_reversed_already(string? language, string notApproved, string twice)
    {
        var volunteer = await A.CreateVolunteer(_a.PointId);
        var pending = (await Record(volunteer, Ledger.DaysAgo(4))).Expect(201).Id;
        Assert.That((await A.Post($"/api/service-records/{pending}/reverse", new { reason = "x" }, language)).Expect(409).Str("detail"), Does.Contain(notApproved));
        var approved = await Ledger.RecordApproved(A, Admin, volunteer, 1, Ledger.DaysAgo(5));
        (await A.Post($"/api/service-records/{approved}/reverse", new { reason = "x" })).Expect(201);
        Assert.That((await A.Post($"/api/service-records/{approved}/reverse", new { reason = "x" }, language)).Expect(409).Str("detail"), Does.Contain(twice));
    }

    [TestCase(null, "服务记录不存在")]
    [TestCase("en", "Service record was not found")]
    public async Task An_unknown_record(string? language, string text) =>
        Assert.That((await A.Get("/api/service-records/987654", language)).Expect(404).Str("detail"), Does.Contain(text));

    [Test]
    public async Task A_short_balance_in_English()
    {
        var refused = (await A.Post($"/api/volunteers/{_volunteer}/redemptions", new { points = 1000, item = "笔" }, "en")).Expect(409);
        Assert.That(refused.Str("detail"), Does.Contain("Not enough points: 0 available, 1000 needed"));
    }
}
