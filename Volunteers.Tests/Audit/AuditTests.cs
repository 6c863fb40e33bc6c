using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Audit;

public sealed class AuditTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!;
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);

    [SetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await Admin.CreatePointWithCoordinator();
    }

    [TearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<List<string>> Actions(string query) =>
        (await Admin.Get("/api/audit?pageSize=200&" + query)).Expect(200).Json["items"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()).ToList();

    [Test]
    public async Task Every_change_is_recorded_with_who_and_from_where_and_a_refused_request_records_nothing()
    {
        var body = People.Volunteer(_a.PointId);
        var volunteer = (await A.Post("/api/volunteers", body)).Expect(201).Id;
        var record = await Ledger.RecordApproved(A, Admin, volunteer, 2);
        (await A.Post($"/api/service-records/{record}/reverse", new { reason = "录错" })).Expect(201);
        (await A.Post($"/api/volunteers/{volunteer}/suspend", new { reason = "外出" })).Expect(200);
        (await A.Client.GetAsync("/api/exports/volunteers.csv")).EnsureSuccessStatusCode();
        var before = (await Admin.Get("/api/audit")).Json["total"]!.GetValue<long>();
        (await A.Post("/api/volunteers", body)).Expect(409);
        (await A.Record(volunteer, 13)).Expect(400);
        Assert.That((await Admin.Get("/api/audit")).Json["total"]!.GetValue<long>(), Is.EqualTo(before), "a refused request writes no entry");

        var entries = (await Admin.Get($"/api/audit?entity=volunteer&entityId={volunteer}&pageSize=200")).Json["items"]!.AsArray();
        Assert.That(entries.Select(e => e!["action"]!.GetValue<string>()), Is.SupersetOf(new[] { "volunteer.create", "volunteer.suspend" }));
        var created = entries.Single(e => e!["action"]!.GetValue<string>() == "volunteer.create")!;
        Assert.That(created["accountId"]!.GetValue<long>(), Is.EqualTo(_a.AccountId));
        Assert.That(created["at"], Is.Not.Null);
        Assert.That(await Actions("entity=service-record"), Is.SupersetOf(new[] { "service-record.create", "service-record.approve", "service-record.reverse" }));
        Assert.That(await Actions("action=export.volunteers"), Has.Count.EqualTo(1));

        using var db = _host.Connect();
        var everything = string.Join("\n", db.Query<string>("SELECT action || coalesce(detail, '') FROM audit_log"));
        Assert.That(everything, Does.Not.Contain((string)body["mobile"]!).And.Not.Contain((string)body["idNumber"]!).And.Not.Contain("外出"));
    }

    [Test]
    public async Task The_chain_verifies_and_an_edit_or_a_deletion_in_the_table_is_detected()
    {
        for (var i = 0; i < 3; i++) await A.CreateVolunteer(_a.PointId);
        var check = (await Admin.Get("/api/audit/verify")).Expect(200).Json;
        Assert.That(check["intact"]!.GetValue<bool>(), Is.True);
        var entries = check["entries"]!.GetValue<long>();
        Assert.That(entries, Is.GreaterThanOrEqualTo(6));

        using (var db = _host.Connect())
            db.Execute("UPDATE audit_log SET detail = replace(detail, 'active', 'pending') WHERE id = 4");
        var edited = (await Admin.Get("/api/audit/verify")).Json;
        Assert.That(edited["intact"]!.GetValue<bool>(), Is.False);
        Assert.That(FirstBroken(edited), Is.EqualTo(4));

        using (var db = _host.Connect())
        {
            db.Execute("UPDATE audit_log SET detail = replace(detail, 'pending', 'active') WHERE id = 4");
            Assert.That((await Admin.Get("/api/audit/verify")).Json["intact"]!.GetValue<bool>(), Is.True, "restored, it verifies again");
            db.Execute("DELETE FROM audit_log WHERE id = 3");
        }
        var deleted = (await Admin.Get("/api/audit/verify")).Json;
        Assert.That(deleted["intact"]!.GetValue<bool>(), Is.False);
        Assert.That(FirstBroken(deleted), Is.EqualTo(4));
    }

    [Test]
    public async Task A_whole_ID_number_is_revealed_only_to_an_admin_with_a_reason_and_audited()
    {
        var body = People.Volunteer(_a.PointId);
        var volunteer = (await A.Post("/api/volunteers", body)).Expect(201).Id;
        (await A.Post($"/api/volunteers/{volunteer}/reveal-id-number", new { reason = "办理保险需要核对" })).Expect(403);
        Assert.That((await Admin.Post($"/api/volunteers/{volunteer}/reveal-id-number", new { reason = "" })).Expect(400).ErrorFields, Is.EqualTo(new[] { "reason" }));
        var revealed = (await Admin.Post($"/api/volunteers/{volunteer}/reveal-id-number", new { reason = "办理志愿者保险需要核对" })).Expect(200);
        Assert.That(revealed.Str("idNumber"), Is.EqualTo(body["idNumber"]));
        Assert.That(revealed.Message.Headers.CacheControl!.NoStore, Is.True);
        var entry = (await Admin.Get($"/api/audit?action=volunteer.reveal-id&entityId={volunteer}")).Json["items"]![0]!;
        Assert.That(entry["detail"]!.GetValue<string>(), Does.Contain("办理志愿者保险需要核对").And.Not.Contain((string)body["idNumber"]!));
        (await Admin.Post("/api/volunteers/999999/reveal-id-number", new { reason = "核对身份信息" })).Expect(404);
    }

    [Test]
    public async Task Only_a_town_admin_reads_the_audit_log()
    {
        (await A.Get("/api/audit")).Expect(403);
        (await A.Get("/api/audit/verify")).Expect(403);
        (await _host.Anonymous().Get("/api/audit")).Expect(401);
    }

    /// <summary>The first broken entry of the one chain that is broken.</summary>
    private static long FirstBroken(System.Text.Json.Nodes.JsonNode check) => check["chains"]!.AsArray()
        .Single(chain => !chain!["intact"]!.GetValue<bool>())!["firstBrokenId"]!.GetValue<long>();
}
