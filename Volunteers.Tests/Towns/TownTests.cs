using System.Text.Json.Nodes;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Towns;

/// <summary>A district of two towns: each its own settings, numbers, selection and audit chain; the district's figures their sum.</summary>
public sealed class TownTests : TwoTownFixture
{
    private ApiClient FuhuanAdmin => Host.As(Fuhuan.AdminToken);
    private ApiClient GunanAdmin => Host.As(Gunan.AdminToken);

    [Test]
    public async Task Numbers_are_each_towns_own_and_run_from_one_in_each()
    {
        Assert.That(Fuhuan.VolunteerNo, Is.EqualTo($"FH{Year}-0001"));
        Assert.That(Gunan.VolunteerNo, Is.EqualTo($"QJ{Year}-0001"), "古南街道's own prefix, its own count");
        Assert.That(Fuhuan.CertificateNo, Is.EqualTo($"扶欢社教〔{Year}〕第001号"));
        Assert.That(Gunan.CertificateNo, Is.EqualTo($"古南街道社教〔{Year}〕第001号"), "a new town's format is made from its name");
        (await Host.As(Gunan.Point.Token).Post("/api/volunteers", People.Volunteer(Gunan.Point.PointId))).Expect(201);
        var all = (await District.Get("/api/volunteers?pageSize=200")).Expect(200).Json["items"]!.AsArray()
            .Select(v => v!["volunteerNo"]!.GetValue<string>()).ToList();
        foreach (var prefix in new[] { "FH", "QJ" })
        {
            // A transferred volunteer keeps the number their first town gave: numbers are counted by prefix, not by where one is now.
            var numbers = all.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, numbers.Count).Select(i => $"{prefix}{Year}-{i:0000}")), "gap-free, one run per town");
        }
    }

    [Test]
    public async Task Each_town_runs_its_own_selection_of_the_same_year()
    {
        var fuhuan = (await FuhuanAdmin.Get($"/api/selections/{Year}")).Expect(200).Json;
        var gunan = (await GunanAdmin.Get($"/api/selections/{Year}")).Expect(200).Json;
        Assert.That(Ids(fuhuan["nominations"]!, "volunteerId"), Is.EqualTo(new[] { Fuhuan.Volunteer }));
        Assert.That(Ids(gunan["nominations"]!, "volunteerId"), Is.EqualTo(new[] { Gunan.Volunteer }));
        Assert.That(fuhuan["state"]!.GetValue<string>(), Is.EqualTo("finalized"));
        var awards = (await GunanAdmin.Get($"/api/awards?year={Year}")).Expect(200).Json;
        Assert.That(Ids(awards["items"]!, "id"), Is.EqualTo(new[] { Gunan.Award }));
    }

    [Test]
    public async Task A_town_administrator_works_in_their_town_without_naming_it_and_another_town_is_absent()
    {
        var gunan = (await GunanAdmin.Get("/api/town")).Expect(200).Json;
        Assert.That(gunan["name"]!.GetValue<string>(), Is.EqualTo("古南街道"));
        Assert.That(Ids((await GunanAdmin.Get("/api/towns")).Expect(200).Json, "id"), Is.EqualTo(new[] { Gunan.TownId }));
        (await GunanAdmin.Get($"/api/towns/{Fuhuan.TownId}")).Expect(404);
        var intoFuhuan = await GunanAdmin.Post("/api/learning-points", new { code = "P9", name = "越界", kind = "village", residentPopulation = 1, townId = Fuhuan.TownId });
        intoFuhuan.Expect(404);
        (await GunanAdmin.Post("/api/towns", new { code = "X", name = "某镇", residentPopulation = 1, targetRatio = 0.01 })).Expect(403);
        (await GunanAdmin.Get($"/api/volunteers?townId={Fuhuan.TownId}")).Expect(404);
        (await GunanAdmin.Get($"/api/volunteers?townId={Gunan.TownId}")).Expect(200);
        var district = (await GunanAdmin.Post("/api/accounts", new { name = "张三", role = "district-admin" })).Expect(403);
        Assert.That(district.Str("detail"), Does.Contain("区管理员"));
    }

    [Test]
    public async Task With_two_towns_the_district_administrator_names_the_town_of_a_create()
    {
        var unnamed = await District.Post("/api/learning-points", new { code = "P5", name = "无镇", kind = "village", residentPopulation = 10 });
        Assert.That(unnamed.Expect(400).ErrorFields, Is.EqualTo(new[] { "townId" }));
        var named = (await District.Post("/api/learning-points", new { code = "P5", name = "古南二社区", kind = "community", residentPopulation = 10, townId = Gunan.TownId }))
            .Expect(201).Json;
        Assert.That(named["townId"]!.GetValue<long>(), Is.EqualTo(Gunan.TownId));
        var sameCodeElsewhere = await District.Post("/api/learning-points", new { code = "P5", name = "扶欢五村", kind = "village", residentPopulation = 10, townId = Fuhuan.TownId });
        sameCodeElsewhere.Expect(201);
        var sameCodeAgain = await District.Post("/api/learning-points", new { code = "P5", name = "重复", kind = "village", residentPopulation = 10, townId = Gunan.TownId });
        Assert.That(sameCodeAgain.Expect(409).ErrorFields, Is.EqualTo(new[] { "code" }), "a code is unique within its town");
        var townLevel = new { title = "全民阅读周讲座", type = "reading-week", date = $"{Year}-06-01", location = "街道文化站" };
        Assert.That((await District.Post("/api/activities", townLevel)).Expect(400).ErrorFields, Is.EqualTo(new[] { "townId" }));
        var activity = (await District.Post("/api/activities", new { townLevel.title, townLevel.type, townLevel.date, townLevel.location, townId = Gunan.TownId }))
            .Expect(201).Json;
        Assert.That(activity["townId"]!.GetValue<long>(), Is.EqualTo(Gunan.TownId), "a town-level activity is in the town its body names");
        (await GunanAdmin.Post("/api/activities", new { townLevel.title, townLevel.type, townLevel.date, townLevel.location, townId = Fuhuan.TownId })).Expect(404);
        (await District.Get("/api/selections/" + Year)).Expect(400);
        Assert.That((await District.Get($"/api/selections/{Year}?townId={Gunan.TownId}")).Expect(200).Json["nominations"]!.AsArray().Count, Is.EqualTo(1));
    }

    [Test]
    public async Task A_new_town_refuses_a_taken_code_or_prefix_and_a_format_that_cannot_number_apart_naming_the_field()
    {
        var code = await District.Post("/api/towns", new { code = "QJ-GN", name = "另一个镇", residentPopulation = 1, targetRatio = 0.01 });
        Assert.That(code.Expect(409).ErrorFields, Is.EqualTo(new[] { "code" }));
        var prefix = await District.Post("/api/towns", new { code = "X1", name = "另一个镇", residentPopulation = 1, targetRatio = 0.01, volunteerNoPrefix = "FH" });
        Assert.That(prefix.Expect(409).ErrorFields, Is.EqualTo(new[] { "volunteerNoPrefix" }));
        var format = await District.Post("/api/towns", new { code = "X1", name = "另一个镇", residentPopulation = 1, targetRatio = 0.01, certificateNumberFormat = "第{0}号" });
        Assert.That(format.Expect(400).ErrorFields, Is.EqualTo(new[] { "certificateNumberFormat" }));
        Assert.That(Ids((await District.Get("/api/towns")).Expect(200).Json, "id"), Is.EqualTo(new[] { Fuhuan.TownId, Gunan.TownId }), "nothing was stored");
    }

    [Test]
    public async Task Each_town_has_its_own_audit_chain_and_a_break_in_one_leaves_the_other_intact()
    {
        var all = (await District.Get("/api/audit/verify")).Expect(200).Json;
        Assert.That(all["intact"]!.GetValue<bool>(), Is.True);
        Assert.That(Ids(all["chains"]!, "townId"), Is.EquivalentTo(new long?[] { null, Fuhuan.TownId, Gunan.TownId }.Select(x => x ?? 0)));
        var gunan = (await GunanAdmin.Get("/api/audit?pageSize=200")).Expect(200).Json["items"]!.AsArray();
        Assert.That(gunan.Select(e => e!["townId"]!.GetValue<long>()).Distinct(), Is.EqualTo(new[] { Gunan.TownId }), "a town's administrator reads their town's entries");
        Assert.That(gunan.Any(e => e!["entity"]!.GetValue<string>() == "volunteer" && e["entityId"]!.GetValue<string>() == Gunan.Volunteer.ToString()));

        using (var db = Host.Connect())
            Dapper.SqlMapper.Execute(db, "UPDATE audit_log SET detail = 'x' WHERE id = (SELECT min(id) FROM audit_log WHERE town_id = @town)", new { town = Gunan.TownId });
        var broken = (await District.Get("/api/audit/verify")).Expect(200).Json;
        Assert.That(broken["intact"]!.GetValue<bool>(), Is.False);
        var chains = broken["chains"]!.AsArray().ToDictionary(c => c!["townId"]?.GetValue<long>() ?? 0, c => c!["intact"]!.GetValue<bool>());
        Assert.That(chains, Is.EqualTo(new Dictionary<long, bool> { [0] = true, [Fuhuan.TownId] = true, [Gunan.TownId] = false }));
        Assert.That((await FuhuanAdmin.Get("/api/audit/verify")).Expect(200).Json["intact"]!.GetValue<bool>(), Is.True, "扶欢镇's chain is its own");
    }

    [Test]
    public async Task The_district_progress_is_the_sum_of_its_towns()
    {
        var progress = (await Host.Anonymous().Get("/api/district/progress")).Expect(200).Json;
        var towns = progress["towns"]!.AsArray();
        Assert.That(towns.Select(t => t!["name"]!.GetValue<string>()), Is.EquivalentTo(new[] { "扶欢镇", "古南街道" }));
        Assert.That(towns.Single(t => t!["name"]!.GetValue<string>() == "古南街道")!["target"]!.GetValue<int>(), Is.EqualTo(620));
        Assert.That(progress["district"]!["target"]!.GetValue<int>(), Is.EqualTo(towns.Sum(t => t!["target"]!.GetValue<int>())));
        Assert.That(progress["district"]!["active"]!.GetValue<long>(), Is.EqualTo(towns.Sum(t => t!["active"]!.GetValue<long>())));
        var gunan = (await Host.Anonymous().Get($"/api/progress?townId={Gunan.TownId}")).Expect(200).Json;
        Assert.That(gunan["learningPoints"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()), Does.Contain(Gunan.PointName).And.Not.Contain(Fuhuan.PointName));
        (await Host.Anonymous().Get("/api/progress")).Expect(400);
        var page = await Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/progress");
        Assert.That(page.Headers.Location?.ToString(), Is.EqualTo("/district"), "the page without a town is the district's");
        var gunanPage = await (await Host.Anonymous().Client.GetAsync($"/progress?townId={Gunan.TownId}")).Content.ReadAsStringAsync();
        Assert.That(gunanPage, Does.Contain("古南街道").And.Contain($"/register?townId={Gunan.TownId}"));
    }

    [Test]
    public async Task A_transfer_to_another_town_keeps_hours_points_and_awards_and_both_towns_audit_it()
    {
        var fuhuanCoordinator = Host.As(Fuhuan.Point.Token);
        var volunteer = (await fuhuanCoordinator.Post("/api/volunteers", People.Volunteer(Fuhuan.Point.PointId))).Expect(201).Id;
        await Ledger.RecordApproved(fuhuanCoordinator, FuhuanAdmin, volunteer, 4);
        var before = await District.Totals(volunteer);

        var refused = await FuhuanAdmin.Post($"/api/volunteers/{volunteer}/transfer", new { learningPointId = Gunan.Point.PointId });
        Assert.That(refused.Expect(400).ErrorFields, Is.EqualTo(new[] { "learningPointId" }), "a town's administrator cannot reach another town's point");
        var patched = await District.Patch($"/api/volunteers/{volunteer}", new { learningPointId = Gunan.Point.PointId });
        Assert.That(patched.Expect(409).ErrorFields, Is.EqualTo(new[] { "learningPointId" }), "a move between towns is a transfer, not an edit");

        var moved = (await District.Post($"/api/volunteers/{volunteer}/transfer", new { learningPointId = Gunan.Point.PointId })).Expect(200).Json;
        Assert.That(moved["learningPointId"]!.GetValue<long>(), Is.EqualTo(Gunan.Point.PointId));
        Assert.That(await District.Totals(volunteer), Is.EqualTo(before), "hours, points and stars go with the volunteer");
        (await GunanAdmin.Get($"/api/volunteers/{volunteer}")).Expect(200);
        (await FuhuanAdmin.Get($"/api/volunteers/{volunteer}")).Expect(404);
        foreach (var admin in new[] { FuhuanAdmin, GunanAdmin })
        {
            var entries = (await admin.Get($"/api/audit?action=volunteer.transfer&entityId={volunteer}")).Expect(200).Json["items"]!.AsArray();
            Assert.That(entries, Has.Count.EqualTo(1), "each town's chain records the move");
        }
        Assert.That((await District.Get("/api/audit/verify")).Expect(200).Json["intact"]!.GetValue<bool>(), Is.True);
        (await District.Post($"/api/volunteers/{volunteer}/transfer", new { learningPointId = Gunan.Point.PointId })).Expect(409);
    }

    [Test]
    public async Task A_volunteer_signs_up_only_for_their_own_towns_activities()
    {
        var nextWeek = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7).ToString("yyyy-MM-dd");
        var fuhuanActivity = await Host.As(Fuhuan.Point.Token).CreateOpenActivity(Fuhuan.Point.PointId, date: nextWeek);
        var gunanVolunteer = (await Host.As(Gunan.Point.Token).Post("/api/volunteers", People.Volunteer(Gunan.Point.PointId))).Expect(201).Id;
        var card = await Host.As(Gunan.Point.Token).Issue(gunanVolunteer);
        var own = await Host.WithCard(card).Post($"/api/me/signups", new { activityId = fuhuanActivity });
        Assert.That(own.Expect(409).Str("detail"), Does.Contain("其他镇"));
        Assert.That((await District.SignUp(fuhuanActivity, gunanVolunteer)).Expect(409).Str("detail"), Does.Contain("其他镇"));
        (await District.SignUp(fuhuanActivity, Fuhuan.Volunteer)).Expect(201);
    }

    [Test]
    public async Task A_towns_certificate_verifies_with_its_towns_issuer_and_name()
    {
        var award = (await District.Get($"/api/awards?year={Year}&townId={Gunan.TownId}")).Expect(200).Json["items"]![0]!;
        var code = award["verificationCode"]!.GetValue<string>();
        var verified = (await Host.Anonymous().Get($"/api/verify/{code}")).Expect(200).Json;
        Assert.That((verified["issuer"]!.GetValue<string>(), verified["townName"]!.GetValue<string>()), Is.EqualTo(("古南街道社区教育学校", "古南街道")));
        var page = await (await Host.Anonymous().Client.GetAsync($"/verify/{code}")).Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("<title>古南街道社区教育志愿者证书核验").And.Not.Contain("扶欢镇"));
    }

    private static long[] Ids(JsonNode list, string field) =>
        list.AsArray().Select(x => x![field]?.GetValue<long>() ?? 0).ToArray();
}
