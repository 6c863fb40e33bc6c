using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.ServiceRecords;

public sealed class AttendanceTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private ApiClient A => _host.As(_a.Token);

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await _host.Admin().CreatePointWithCoordinator("甲村");
        _b = await _host.Admin().CreatePointWithCoordinator("乙村");
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private long CountRecords(long activityId)
    {
        using var db = _host.Connect();
        return db.ExecuteScalar<long>("SELECT count(*) FROM service_records WHERE activity_id = @activityId", new { activityId });
    }

    [Test]
    public async Task A_sign_in_sheet_records_everyone_at_once_on_the_activitys_date()
    {
        var activity = await A.CreateActivity(_a.PointId, Ledger.DaysAgo(2));
        var people = new List<long>();
        for (var i = 0; i < 5; i++) people.Add(await A.CreateVolunteer(_a.PointId));
        var reply = (await A.Post($"/api/activities/{activity}/attendance", new { entries = people.Select(v => new { volunteerId = v, hours = 2.5 }) })).Expect(201);
        var created = reply.Json["created"]!.AsArray().Select(x => x!.GetValue<long>()).ToList();
        Assert.That(created, Has.Count.EqualTo(5));
        var record = (await A.Get($"/api/service-records/{created[0]}")).Expect(200).Json;
        Assert.That(record["serviceDate"]!.GetValue<string>(), Is.EqualTo(Ledger.DaysAgo(2)));
        Assert.That(record["activityId"]!.GetValue<long>(), Is.EqualTo(activity));
        Assert.That(record["status"]!.GetValue<string>(), Is.EqualTo("pending"));
    }

    [Test]
    public async Task One_bad_entry_rejects_the_whole_sheet_naming_each_bad_entry_by_index()
    {
        var activity = await A.CreateActivity(_a.PointId);
        var good = await A.CreateVolunteer(_a.PointId);
        var withdrawn = await A.CreateVolunteer(_a.PointId);
        (await A.Post($"/api/volunteers/{withdrawn}/withdraw")).Expect(200);
        var ofB = await _host.As(_b.Token).CreateVolunteer(_b.PointId);
        var entries = new object[]
        {
            new { volunteerId = good, hours = 2 },
            new { volunteerId = good, hours = 1 },
            new { volunteerId = withdrawn, hours = 2 },
            new { volunteerId = ofB, hours = 2 },
            new { volunteerId = await A.CreateVolunteer(_a.PointId), hours = 0.7 },
        };
        var reply = (await A.Post($"/api/activities/{activity}/attendance", new { entries })).Expect(400);
        Assert.That(reply.ErrorFields, Is.EquivalentTo(new[] { "entries[1].volunteerId", "entries[2].volunteerId", "entries[3].volunteerId", "entries[4].hours" }));
        Assert.That(CountRecords(activity), Is.Zero);
    }

    [Test]
    public async Task Empty_sheets_and_other_points_activities_are_refused()
    {
        var theirs = await _host.As(_b.Token).CreateActivity(_b.PointId);
        var volunteer = await A.CreateVolunteer(_a.PointId);
        (await A.Post($"/api/activities/{theirs}/attendance", new { entries = new[] { new { volunteerId = volunteer, hours = 1 } } })).Expect(404);
        var mine = await A.CreateActivity(_a.PointId);
        Assert.That((await A.Post($"/api/activities/{mine}/attendance", new { entries = Array.Empty<object>() })).Expect(400).ErrorFields,
            Is.EqualTo(new[] { "entries" }));
    }

    [Test]
    public async Task A_retried_sheet_with_the_same_key_is_written_once()
    {
        var activity = await A.CreateActivity(_a.PointId);
        var body = new { entries = new[] { new { volunteerId = await A.CreateVolunteer(_a.PointId), hours = 1.5 } } };
        Reply first = null!;
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/activities/{activity}/attendance") { Content = System.Net.Http.Json.JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "sheet-2026-11-28");
            var reply = (await A.Send(request)).Expect(201);
            first ??= reply;
            Assert.That(reply.Json["batchId"]!.GetValue<long>(), Is.EqualTo(first.Json["batchId"]!.GetValue<long>()));
        }
        Assert.That(CountRecords(activity), Is.EqualTo(1));
    }
}
