using Volunteers.Tests.Support;
using static Volunteers.Tests.Support.CheckinSetup;

namespace Volunteers.Tests.CheckIn;

/// <summary>Forgotten check-outs, closing an activity into pending records, the review after it, and hours never counted twice.</summary>
public sealed class CheckinCloseTests
{
    private TestHost _host = null!;
    private TestClock _clock = null!;
    private PointWithCoordinator _point = null!;
    private ApiClient _coordinator = null!;
    private ApiClient Admin => _host.Admin();

    [OneTimeSetUp]
    public async Task Start()
    {
        _clock = new TestClock(At(8, 0));
        _host = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Incentives:StarThresholds"] = "1,3" }) { Clock = _clock };
        _point = await Admin.CreatePointWithCoordinator("甲村");
        _coordinator = _host.As(_point.Token);
    }

    [SetUp] public void AtEight() => _clock.Set(At(8, 0));

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<(long Id, ApiClient Card)> Volunteer()
    {
        var id = await _coordinator.CreateVolunteer(_point.PointId);
        return (id, _host.WithCard(await _coordinator.Issue(id)));
    }

    private async Task ScanAt(ApiClient card, string code, int hour, int minute)
    {
        _clock.Set(At(hour, minute));
        (await card.Scan(code)).Expect(200);
    }

    private async Task<Reply> Close(long activity) => await _coordinator.Post($"/api/activities/{activity}/close");

    [Test]
    public async Task Closing_after_the_end_makes_one_pending_record_per_stay_that_counts_and_the_review_moves_hours_and_stars()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (stayed, stayedCard) = await Volunteer();
        var (forgot, forgotCard) = await Volunteer();
        var (brief, briefCard) = await Volunteer();
        var (noPhone, _) = await Volunteer();
        await ScanAt(stayedCard, code, 10, 0);
        await ScanAt(forgotCard, code, 10, 0);
        (await _coordinator.Enter(activity, noPhone, "in", At(10, 0))).Expect(200);
        await ScanAt(briefCard, code, 11, 50);
        await ScanAt(briefCard, code, 11, 55);
        _clock.Set(At(11, 59));
        Assert.That((await Close(activity)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("活动结束（2027-03-01 12:00）后才能关闭"));
        await ScanAt(stayedCard, code, 12, 0);
        _clock.Set(At(12, 40));
        (await _coordinator.Enter(activity, noPhone, "out")).Expect(200);
        var closed = (await Close(activity)).Expect(201).Json;
        var created = closed["created"]!.AsArray().Select(i => i!.GetValue<long>()).ToList();
        Assert.That(created, Has.Count.EqualTo(3));
        Assert.That(closed["skipped"]!.AsArray().Single()!["volunteerId"]!.GetValue<long>(), Is.EqualTo(brief), "5 minutes make no hours");
        (await Close(activity)).Expect(409);
        Assert.That((await _coordinator.Patch($"/api/activities/{activity}", new { endTime = "13:00" })).Expect(409).Json["detail"]!.GetValue<string>(),
            Does.Contain("该活动已关闭"), "its times made the hours: they no longer change");
        (await _coordinator.Post($"/api/activities/{activity}/cancel", new { reason = "改期" })).Expect(409);

        var records = new List<System.Text.Json.Nodes.JsonNode>();
        foreach (var id in created) records.Add((await Admin.Get($"/api/service-records/{id}")).Expect(200).Json);
        Assert.That(records.Select(r => (r["volunteerId"]!.GetValue<long>(), r["hours"]!.GetValue<decimal>())),
            Is.EquivalentTo(new[] { (stayed, 2m), (forgot, 2m), (noPhone, 2.5m) }), "the coordinator's check-out at 12:40 counts only to 12:30, the end and its 30 minutes");
        Assert.That(records.Select(r => (r["source"]!.GetValue<string>(), r["status"]!.GetValue<string>(), r["activityId"]!.GetValue<long>())).Distinct(),
            Is.EqualTo(new[] { ("check-in", "pending", activity) }));

        var lines = (await _coordinator.Get($"/api/activities/{activity}/checkins")).Expect(200).Json["items"]!.AsArray();
        var forgotten = lines.Single(l => l!["volunteerId"]!.GetValue<long>() == forgot)!;
        Assert.That((forgotten["autoClosed"]!.GetValue<bool>(), forgotten["out"]!.GetValue<DateTimeOffset>()), Is.EqualTo((true, At(12, 0))));
        Assert.That(lines.Single(l => l!["volunteerId"]!.GetValue<long>() == noPhone)!["manual"]!.GetValue<bool>(), Is.True);
        foreach (var record in records)
            Assert.That(lines.Single(l => l!["volunteerId"]!.GetValue<long>() == record["volunteerId"]!.GetValue<long>())!["serviceRecordId"]!.GetValue<long>(),
                Is.EqualTo(record["id"]!.GetValue<long>()));
        Assert.That(records.Select(r => r["checkinId"]!.GetValue<long>()),
            Is.EquivalentTo(lines.Where(l => l!["serviceRecordId"] is not null).Select(l => l!["id"]!.GetValue<long>())));

        Assert.That(await Admin.Totals(stayed), Is.EqualTo((0m, 0, 0)), "pending until reviewed");
        foreach (var id in created) (await Admin.Post($"/api/service-records/{id}/approve")).Expect(200);
        Assert.That(await Admin.Totals(stayed), Is.EqualTo((2m, 20, 1)));
        Assert.That(await Admin.Totals(noPhone), Is.EqualTo((2.5m, 25, 1)));
    }

    [Test]
    public async Task After_closing_a_record_or_sheet_entry_for_the_same_volunteer_and_activity_is_a_409_naming_the_record()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (volunteer, card) = await Volunteer();
        await ScanAt(card, code, 10, 0);
        await ScanAt(card, code, 11, 0);
        _clock.Set(At(12, 0));
        var record = (await Close(activity)).Expect(201).Json["created"]![0]!.GetValue<long>();

        var again = (await _coordinator.Record(volunteer, 1, Day.ToString("yyyy-MM-dd"), activity)).Expect(409);
        Assert.That(again.Json["detail"]!.GetValue<string>(), Does.Contain($"服务记录 {record}"));
        var sheet = (await _coordinator.Post($"/api/activities/{activity}/attendance", new { entries = new[] { new { volunteerId = volunteer, hours = 1 } } })).Expect(409);
        Assert.That(sheet.ErrorFields, Is.EqualTo(new[] { "entries[0].volunteerId" }));
        (await _coordinator.Record(volunteer, 1, Day.ToString("yyyy-MM-dd"))).Expect(201);

        (await Admin.Post($"/api/service-records/{record}/reject", new { reason = "签退时间有误" })).Expect(200);
        (await _coordinator.Record(volunteer, 1, Day.ToString("yyyy-MM-dd"), activity)).Expect(201);
    }

    [Test]
    public async Task A_volunteer_already_recorded_for_the_activity_on_a_sheet_gets_no_second_record_on_closing()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (volunteer, card) = await Volunteer();
        await ScanAt(card, code, 10, 0);
        await ScanAt(card, code, 12, 0);
        var sheet = (await _coordinator.Post($"/api/activities/{activity}/attendance", new { entries = new[] { new { volunteerId = volunteer, hours = 2 } } }))
            .Expect(201).Json["created"]![0]!.GetValue<long>();
        var closed = (await Close(activity)).Expect(201).Json;
        Assert.That(closed["created"]!.AsArray(), Is.Empty);
        Assert.That(closed["skipped"]![0]!["serviceRecordId"]!.GetValue<long>(), Is.EqualTo(sheet));
    }

    [Test]
    public async Task A_forgotten_check_out_closes_at_the_scheduled_end_once_the_window_is_over()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId);
        var (_, card) = await Volunteer();
        await ScanAt(card, code, 10, 0);
        _clock.Set(At(15, 0));
        var open = (await _coordinator.Get($"/api/activities/{activity}/checkins")).Json["items"]![0]!;
        Assert.That((open["out"], open["autoClosed"]!.GetValue<bool>()), Is.EqualTo(((System.Text.Json.Nodes.JsonNode?)null, false)));
        _clock.Set(At(15, 1));
        var closed = (await _coordinator.Get($"/api/activities/{activity}/checkins")).Json["items"]![0]!;
        Assert.That((closed["out"]!.GetValue<DateTimeOffset>(), closed["autoClosed"]!.GetValue<bool>(), closed["hours"]!.GetValue<decimal>()),
            Is.EqualTo((At(12, 0), true, 2m)));
        Assert.That((await card.Scan(code)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("签到已结束"));
    }

    [Test]
    public async Task A_stay_counts_at_most_12_hours_and_a_day_at_most_24()
    {
        var (activity, code) = await _coordinator.CheckinActivity(_point.PointId, start: "08:00", end: "21:30", title: "全天志愿服务");
        var (long_, longCard) = await Volunteer();
        var (busy, busyCard) = await Volunteer();
        foreach (var ten in new[] { 10m, 10m }) await Ledger.RecordApproved(_coordinator, Admin, busy, ten, Day.ToString("yyyy-MM-dd"));
        await ScanAt(longCard, code, 7, 30);
        await ScanAt(busyCard, code, 8, 0);
        await ScanAt(busyCard, code, 14, 0);
        _clock.Set(At(22, 0));
        Assert.That((await longCard.Scan(code)).Expect(200).Json["hours"]!.GetValue<decimal>(), Is.EqualTo(12m), "14 hours counted, 12 credited");
        var created = (await Close(activity)).Expect(201).Json["created"]!.AsArray().Select(i => i!.GetValue<long>()).ToList();
        var hours = new Dictionary<long, decimal>();
        foreach (var id in created)
        {
            var r = (await Admin.Get($"/api/service-records/{id}")).Json;
            hours[r["volunteerId"]!.GetValue<long>()] = r["hours"]!.GetValue<decimal>();
        }
        Assert.That(hours, Is.EquivalentTo(new Dictionary<long, decimal> { [long_] = 12m, [busy] = 4m }), "20 hours were already recorded that day");
    }

    [Test]
    public async Task A_coordinators_entries_are_checked_marked_manual_and_audited()
    {
        var (activity, _) = await _coordinator.CheckinActivity(_point.PointId);
        var (volunteer, _) = await Volunteer();
        _clock.Set(At(10, 30));
        Assert.That((await _coordinator.Enter(activity, volunteer, "out")).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("尚未签到"));
        Assert.That((await _coordinator.Enter(activity, volunteer, "in", At(8, 0))).Expect(400).ErrorFields, Is.EqualTo(new[] { "at" }));
        Assert.That((await _coordinator.Enter(activity, volunteer, "in", At(10, 31))).Expect(400).ErrorFields, Is.EqualTo(new[] { "at" }));
        Assert.That((await _coordinator.Enter(activity, volunteer, "sideways")).Expect(400).ErrorFields, Is.EqualTo(new[] { "action" }));
        (await _coordinator.Enter(activity, volunteer, "in", At(10, 0))).Expect(200);
        (await _coordinator.Enter(activity, volunteer, "in")).Expect(409);
        Assert.That((await _coordinator.Enter(activity, volunteer, "out", At(9, 59))).Expect(400).ErrorFields, Is.EqualTo(new[] { "at" }));
        var out_ = (await _coordinator.Enter(activity, volunteer, "out")).Expect(200).Json;
        Assert.That((out_["minutes"]!.GetValue<int>(), out_["hours"]!.GetValue<decimal>()), Is.EqualTo((30, 0.5m)));

        var audit = (await Admin.Get($"/api/audit?entity=activity&entityId={activity}&pageSize=50")).Expect(200).Json["items"]!.AsArray()
            .Where(e => e!["action"]!.GetValue<string>() == "checkin.manual").ToList();
        Assert.That(audit, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Lists_and_exports_show_where_each_record_came_from_and_the_statistics_the_check_in_hours()
    {
        var own = await Admin.CreatePointWithCoordinator("乙村");
        var coordinator = _host.As(own.Token);
        var (activity, code) = await coordinator.CheckinActivity(own.PointId, title: "扫码签到统计");
        var volunteer = await coordinator.CreateVolunteer(own.PointId);
        var card = _host.WithCard(await coordinator.Issue(volunteer));
        await ScanAt(card, code, 10, 0);
        await ScanAt(card, code, 11, 30);
        _clock.Set(At(12, 0));
        var record = (await coordinator.Post($"/api/activities/{activity}/close")).Expect(201).Json["created"]![0]!.GetValue<long>();
        (await Admin.Post($"/api/service-records/{record}/approve")).Expect(200);
        await Ledger.RecordApproved(coordinator, Admin, volunteer, 2, Day.ToString("yyyy-MM-dd"));

        var listed = (await Admin.Get($"/api/service-records?volunteerId={volunteer}")).Expect(200).Json["items"]!.AsArray();
        Assert.That(listed.Select(r => r!["source"]!.GetValue<string>()), Is.EquivalentTo(new[] { "check-in", "manual" }));
        var rows = Sheets.CsvRows((await Admin.Download("/api/exports/service-records.csv")).Bytes);
        var source = Array.IndexOf(rows[0], "来源");
        Assert.That(rows.Single(r => r[0] == record.ToString())[source], Is.EqualTo("扫码签到"));

        var stats = Sheets.CsvRows((await Admin.Download("/api/exports/statistics.csv?year=2027")).Bytes);
        var column = Array.IndexOf(stats[0], "其中扫码签到（小时）");
        Assert.That(column, Is.GreaterThan(0));
        var line = stats.Single(r => r[1] == "乙村");
        Assert.That((line[column], line[Array.IndexOf(stats[0], "本年核定服务时长（小时）")]), Is.EqualTo(("1.5", "3.5")));
    }
}
