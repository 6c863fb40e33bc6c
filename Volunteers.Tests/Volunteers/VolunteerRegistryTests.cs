using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Volunteers;

public sealed class VolunteerRegistryTests
{
    private TestHost _host = null!;
    private long _pointId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _pointId = await _host.Admin().CreatePoint();
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [Test]
    public async Task A_coordinator_entered_volunteer_is_active_numbered_and_shown_with_the_whole_mobile_and_a_masked_ID()
    {
        var body = People.Volunteer(_pointId);
        var created = (await _host.Admin().Post("/api/volunteers", body)).Expect(201);
        Assert.That(created.Str("status"), Is.EqualTo("active"));
        Assert.That(created.Str("source"), Is.EqualTo("coordinator"));
        Assert.That(created.Str("volunteerNo"), Does.Match(@"^FH\d{4}-\d{4,}$"));
        var got = (await _host.Admin().Get($"/api/volunteers/{created.Id}")).Expect(200);
        var id = (string)body["idNumber"]!;
        Assert.That(got.Str("mobile"), Is.EqualTo(body["mobile"]));
        Assert.That(got.Str("idNumber"), Is.EqualTo(id[..6] + "********" + id[14..]));
        Assert.That(got.Json["skills"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "书法", "朗诵" }));
    }

    [Test]
    public async Task Volunteer_numbers_are_unique_and_follow_on()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++) numbers.Add((await _host.Admin().Post("/api/volunteers", People.Volunteer(_pointId))).Expect(201).Str("volunteerNo"));
        var sequence = numbers.Select(n => int.Parse(n[(n.IndexOf('-') + 1)..])).ToList();
        Assert.That(sequence, Is.Unique.And.Ordered);
        Assert.That(sequence[2] - sequence[0], Is.EqualTo(2));
    }

    [Test]
    public async Task The_ID_number_is_encrypted_at_rest_and_found_through_its_keyed_hash()
    {
        var body = People.Volunteer(_pointId);
        var created = (await _host.Admin().Post("/api/volunteers", body)).Expect(201);
        var id = (string)body["idNumber"]!;
        using (var db = _host.Connect())
        {
            var row = db.QuerySingle("SELECT id_number_cipher, id_number_hash FROM volunteers WHERE id = @id", new { id = created.Id });
            Assert.That((string)row.id_number_cipher, Does.Not.Contain(id[..14]));
            Assert.That((string)row.id_number_hash, Does.Not.Contain(id[..14]));
            var dump = string.Join("|", db.Query<string>("SELECT coalesce(volunteers.id_number_cipher, '') || '|' || coalesce(id_number_masked, '') || '|' || coalesce(id_number_hash, '') || '|' FROM volunteers"));
            Assert.That(dump, Does.Not.Contain(id));
        }
        var found = (await _host.Admin().Get($"/api/volunteers?q={id}")).Expect(200).Json;
        Assert.That(found["items"]!.AsArray().Select(v => v!["id"]!.GetValue<long>()), Is.EqualTo(new[] { created.Id }));
    }

    [Test]
    public async Task Lists_mask_mobiles_and_ID_numbers()
    {
        var body = People.Volunteer(_pointId);
        (await _host.Admin().Post("/api/volunteers", body)).Expect(201);
        var list = (await _host.Admin().Get($"/api/volunteers?pageSize=200&learningPointId={_pointId}")).Expect(200);
        var text = list.Body!.ToJsonString();
        Assert.That(text, Does.Not.Contain((string)body["mobile"]!));
        Assert.That(text, Does.Not.Contain((string)body["idNumber"]!));
        Assert.That(Regex.IsMatch(text, @"""mobile"":""1\d\d\*{4}\d{4}"""), Is.True);
        Assert.That(Regex.IsMatch(text, @"\d{18}|\d{17}X"), Is.False);
    }

    [Test]
    public async Task The_same_mobile_or_ID_number_is_a_conflict_until_the_first_volunteer_withdraws()
    {
        var admin = _host.Admin();
        var first = People.Volunteer(_pointId);
        var firstId = (await admin.Post("/api/volunteers", first)).Expect(201).Id;

        var sameMobile = People.Volunteer(_pointId);
        sameMobile["mobile"] = first["mobile"];
        Assert.That((await admin.Post("/api/volunteers", sameMobile)).Expect(409).ErrorFields, Is.EqualTo(new[] { "mobile" }));

        var sameId = People.Volunteer(_pointId);
        sameId["idNumber"] = first["idNumber"];
        Assert.That((await admin.Post("/api/volunteers", sameId)).Expect(409).ErrorFields, Is.EqualTo(new[] { "idNumber" }));

        (await admin.Post($"/api/volunteers/{firstId}/withdraw", new { reason = "外出务工" })).Expect(200);
        sameMobile["idNumber"] = first["idNumber"];
        (await admin.Post("/api/volunteers", sameMobile)).Expect(201);
    }

    [Test]
    public async Task Concurrent_duplicates_give_one_201_and_409s_never_a_500()
    {
        var body = People.Volunteer(_pointId);
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _host.Admin().Post("/api/volunteers", body)));
        Assert.That(replies.Count(r => r.Code == 201), Is.EqualTo(1));
        Assert.That(replies.Count(r => r.Code == 409), Is.EqualTo(7));
    }

    [Test]
    public async Task Filters_search_and_paging()
    {
        var admin = _host.Admin();
        var pointId = await admin.CreatePoint("永新村");
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var body = People.Volunteer(pointId);
            if (i == 0) { body["name"] = "赵永康"; body["category"] = "retired-cadre"; }
            ids.Add((await admin.Post("/api/volunteers", body)).Expect(201).Id);
        }
        (await admin.Post($"/api/volunteers/{ids[4]}/suspend")).Expect(200);

        var page = (await admin.Get($"/api/volunteers?learningPointId={pointId}&page=2&pageSize=2")).Expect(200).Json;
        Assert.That(page["total"]!.GetValue<long>(), Is.EqualTo(5));
        Assert.That(page["page"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(page["items"]!.AsArray().Select(v => v!["id"]!.GetValue<long>()), Is.EqualTo(ids.Skip(2).Take(2)));

        async Task<IEnumerable<long>> Ids(string query) =>
            (await admin.Get($"/api/volunteers?learningPointId={pointId}&{query}")).Expect(200).Json["items"]!.AsArray().Select(v => v!["id"]!.GetValue<long>());
        Assert.That(await Ids("status=suspended"), Is.EqualTo(new[] { ids[4] }));
        Assert.That(await Ids("category=retired-cadre"), Is.EqualTo(new[] { ids[0] }));
        Assert.That(await Ids("q=%E6%B0%B8%E5%BA%B7"), Is.EqualTo(new[] { ids[0] }));
        Assert.That(await Ids("q=%25"), Is.Empty, "a % is searched for, not a wildcard");

        (await admin.Get("/api/volunteers?pageSize=201")).Expect(400);
        (await admin.Get("/api/volunteers?page=0")).Expect(400);
        Assert.That((await admin.Get("/api/volunteers?status=retired")).Expect(400).ErrorFields, Is.EqualTo(new[] { "status" }));
    }

    [Test]
    public async Task A_partial_update_changes_only_what_is_sent_and_a_bad_one_changes_nothing()
    {
        var admin = _host.Admin();
        var body = People.Volunteer(_pointId);
        var id = (await admin.Post("/api/volunteers", body)).Expect(201).Id;
        var newMobile = People.Mobile();
        var updated = (await admin.Patch($"/api/volunteers/{id}", new { mobile = newMobile, workplace = "扶欢中学" })).Expect(200);
        Assert.That(updated.Str("mobile"), Is.EqualTo(newMobile));
        Assert.That(updated.Str("workplace"), Is.EqualTo("扶欢中学"));
        Assert.That(updated.Str("name"), Is.EqualTo(body["name"]));

        var bad = (await admin.Patch($"/api/volunteers/{id}", new { name = "X1", gender = "male" })).Expect(400);
        Assert.That(bad.ErrorFields, Is.EquivalentTo(new[] { "name", "gender" }));
        var after = (await admin.Get($"/api/volunteers/{id}")).Expect(200);
        Assert.That(after.Str("name"), Is.EqualTo(body["name"]));
        Assert.That(after.Str("gender"), Is.EqualTo("female"));

        var other = People.Volunteer(_pointId);
        (await admin.Post("/api/volunteers", other)).Expect(201);
        Assert.That((await admin.Patch($"/api/volunteers/{id}", new { mobile = other["mobile"] })).Expect(409).ErrorFields, Is.EqualTo(new[] { "mobile" }));
        (await admin.Patch("/api/volunteers/999999", new { workplace = "x" })).Expect(404);
    }

    [TestCase("active", "suspend", 200, "suspended")]
    [TestCase("active", "withdraw", 200, "withdrawn")]
    [TestCase("active", "approve", 409, "active")]
    [TestCase("suspended", "approve", 200, "active")]
    [TestCase("suspended", "suspend", 409, "suspended")]
    [TestCase("suspended", "withdraw", 200, "withdrawn")]
    [TestCase("withdrawn", "approve", 409, "withdrawn")]
    [TestCase("withdrawn", "suspend", 409, "withdrawn")]
    [TestCase("withdrawn", "withdraw", 409, "withdrawn")]
    public async Task Status_transitions(string from, string action, int status, string to)
    {
        var admin = _host.Admin();
        var id = await admin.CreateVolunteer(_pointId);
        if (from == "suspended") (await admin.Post($"/api/volunteers/{id}/suspend")).Expect(200);
        if (from == "withdrawn") (await admin.Post($"/api/volunteers/{id}/withdraw")).Expect(200);
        (await admin.Post($"/api/volunteers/{id}/{action}", new { reason = "测试" })).Expect(status);
        Assert.That((await admin.Get($"/api/volunteers/{id}")).Str("status"), Is.EqualTo(to));
    }

    [Test]
    public async Task A_withdrawn_volunteer_cannot_be_edited()
    {
        var admin = _host.Admin();
        var id = await admin.CreateVolunteer(_pointId);
        (await admin.Post($"/api/volunteers/{id}/withdraw")).Expect(200);
        (await admin.Patch($"/api/volunteers/{id}", new { workplace = "新单位" })).Expect(409);
    }

    [Test]
    public async Task A_retried_registration_with_the_same_Idempotency_Key_is_written_once()
    {
        var body = People.Volunteer(_pointId);
        async Task<Reply> Send(object b)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/volunteers") { Content = System.Net.Http.Json.JsonContent.Create(b) };
            request.Headers.Add("Idempotency-Key", "form-42");
            return await _host.Admin().Send(request);
        }
        var first = (await Send(body)).Expect(201);
        var again = (await Send(body)).Expect(201);
        Assert.That(again.Id, Is.EqualTo(first.Id));
        Assert.That(again.Str("volunteerNo"), Is.EqualTo(first.Str("volunteerNo")));
        var other = People.Volunteer(_pointId);
        Assert.That((await Send(other)).Expect(409).ErrorFields, Is.EqualTo(new[] { "Idempotency-Key" }));
    }
}
