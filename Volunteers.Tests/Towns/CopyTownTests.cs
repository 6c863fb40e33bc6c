using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Towns;

/// <summary>
/// `copy-town`: a town that ran on its own SQLite file moves into the district's database (the run's engine: PostgreSQL in
/// test.sh's second run) beside a town that is there already. Afterwards the same staff, with the same tokens, get the same
/// answers from every GET route — ids aside, each moved by its table's offset — and the same exports; volunteers' cards and
/// printed verification codes still work; the audit chain verifies with every hash as it was; ID numbers read the same
/// under the district's own key. A copy that cannot be whole changes nothing.
/// </summary>
[NonParallelizable]
public sealed class CopyTownTests
{
    private const string TownAdminToken = "vol_dongxi-admin-token-0123456789abcdefghijklmnop";
    private static int Year => DateTime.UtcNow.AddHours(8).Year;
    private TestHost _town = null!;
    private TestHost _district = null!;
    private Town _dongxi = null!;
    private Dictionary<string, long> _offsets = new();

    private sealed record Town(long Point, long Volunteer, long Withdrawn, long Activity, long Record, long Award, string Code, string Card,
        string CoordinatorToken, string IdNumber, string LastVolunteerNo);

    [SetUp]
    public async Task TwoDatabases()
    {
        _town = new TestHost(settings: new Dictionary<string, string?>
        {
            ["Volunteers:DatabaseProvider"] = "sqlite",
            ["Volunteers:BootstrapAdminToken"] = TownAdminToken,
        });
        _district = new TestHost();
        _dongxi = await Populate(_town.As(TownAdminToken));
        await AnotherTownIn(_district);
    }

    [TearDown]
    public void Remove()
    {
        _town.DisposeAndDelete();
        _district.DisposeAndDelete();
    }

    [Test]
    public async Task A_towns_file_copied_into_the_district_answers_every_route_as_it_did()
    {
        var admin = _town.As(TownAdminToken);
        var urls = await Urls(_town);
        var before = new Dictionary<string, string>();
        foreach (var (url, who) in urls) before[url + " as " + who] = await Answer(_town, url, who);
        var revealed = await Reveal(_town, _dongxi.Volunteer);

        var (exit, output) = await Cli.Against(_district, "copy-town", _town.DatabasePath);
        TestContext.Out.WriteLine(output);
        Assert.That(exit, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("东溪镇").And.Contain("re-encrypted"));
        _offsets = await Offsets(_district);

        var compared = 0;
        foreach (var (url, who) in urls)
        {
            var moved = await Answer(_district, url.Replace("{townId}", ""), who);
            Assert.That(moved, Is.EqualTo(before[url + " as " + who]), $"GET {url} as {who}");
            compared++;
        }
        TestContext.Out.WriteLine($"{compared} answers compared");
        Assert.That(compared, Is.GreaterThanOrEqualTo(40));

        Assert.That(await Reveal(_district, _dongxi.Volunteer, moved: true), Is.EqualTo(revealed).And.EqualTo(_dongxi.IdNumber),
            "the ID number reads the same under the district's key");
        var chains = (await _district.Admin().Get("/api/audit/verify")).Expect(200).Json;
        Assert.That(chains["intact"]!.GetValue<bool>(), Is.True, chains.ToJsonString());
        Assert.That(chains["chains"]!.AsArray().Count, Is.EqualTo(4), "the district's own chain, 扶欢镇's, 古南街道's and 东溪镇's");
        var verified = (await _district.Anonymous().Get($"/api/verify/{_dongxi.Code}")).Expect(200).Json;
        Assert.That(verified["townName"]!.GetValue<string>(), Is.EqualTo("东溪镇"));

        // The town goes on where it stood: its next number follows its last, its staff and cards work.
        var coordinator = _district.As(_dongxi.CoordinatorToken);
        var point = (await coordinator.Get($"/api/volunteers/{await MovedId(_district, "volunteers", _dongxi.Volunteer)}")).Expect(200).Json["learningPointId"]!.GetValue<long>();
        var next = (await coordinator.Post("/api/volunteers", People.Volunteer(point))).Expect(201).Str("volunteerNo");
        Assert.That(next, Is.EqualTo(Following(_dongxi.LastVolunteerNo)));
        (await _district.WithCard(_dongxi.Card).Get("/api/me")).Expect(200);
        var gunan = (await _district.Admin().Get("/api/towns")).Expect(200).Json.AsArray().Single(t => t!["code"]!.GetValue<string>() == "QJ-GN")!;
        var gunanAdmin = _district.As((await _district.Admin().Post("/api/accounts", new { name = "古南管理员", role = "town-admin", townId = gunan["id"]!.GetValue<long>() })).Expect(201).Str("token"));
        (await gunanAdmin.Post("/api/learning-points", new { code = "P9", name = "古南街道丙社区", kind = "community", residentPopulation = 900 })).Expect(201);
        Assert.That((await gunanAdmin.Get("/api/volunteers")).Expect(200).Json.ToJsonString(), Does.Not.Contain("东溪"), "the other town sees none of it");
    }

    [Test]
    public async Task A_copy_that_cannot_be_whole_changes_nothing_and_says_why()
    {
        var (first, output) = await Cli.Against(_district, "copy-town", _town.DatabasePath);
        Assert.That(first, Is.EqualTo(0), output);
        var copied = Snapshot(_district);

        var (again, refusal) = await Cli.Against(_district, "copy-town", _town.DatabasePath);
        Assert.That(again, Is.EqualTo(1), refusal);
        Assert.That(refusal, Does.Contain("DX"), "the town's code exists");
        Assert.That(Snapshot(_district), Is.EqualTo(copied));

        // Another town's file, refused for a token the district holds, then for a volunteer registered in the district
        // already (named), then for a chain that does not verify.
        var other = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:DatabaseProvider"] = "sqlite" });
        try
        {
            var admin = other.Admin();
            (await admin.Put("/api/town", new
            {
                code = "SJ", name = "三角镇", residentPopulation = 21000, targetRatio = 0.01, volunteerNoPrefix = "SJ",
                certificateNumberFormat = "三角社教〔{0}〕第{1:000}号", proofNumberFormat = "三角志证〔{0}〕第{1:0000}号",
            })).Expect(200);
            var point = await admin.CreatePoint("三角村");
            // Its administrator's token is the district's own (both hosts were bootstrapped with one token): a key that
            // cannot be held twice, found by the database itself half way through the rows.
            var (twin, same) = await Cli.Against(_district, "copy-town", other.DatabasePath);
            Assert.That(twin, Is.EqualTo(1), same);
            Assert.That(same, Does.Contain("account_tokens"));
            Assert.That(Snapshot(_district), Is.EqualTo(copied));

            var twice = People.Volunteer(point);
            twice["mobile"] = (await _district.Admin().Get($"/api/volunteers/{await MovedId(_district, "volunteers", _dongxi.Volunteer)}")).Expect(200).Str("mobile");
            var number = (await admin.Post("/api/volunteers", twice)).Expect(201).Str("volunteerNo");
            var (exit, clash) = await Cli.Against(_district, "copy-town", other.DatabasePath);
            Assert.That(exit, Is.EqualTo(1), clash);
            Assert.That(clash, Does.Contain(number));
            Assert.That(Snapshot(_district), Is.EqualTo(copied));

            // A file whose chain was tampered with is refused before anything is written.
            (await admin.Post("/api/volunteers", People.Volunteer(point))).Expect(201);
            using (var c = other.Connect())
            {
                c.Open();
                c.Execute("UPDATE audit_log SET detail = '{}' WHERE id = (SELECT min(id) FROM audit_log WHERE town_id IS NOT NULL)");
            }
            var (broken, message) = await Cli.Against(_district, "copy-town", other.DatabasePath);
            Assert.That(broken, Is.EqualTo(1), message);
            Assert.That(message, Does.Contain("audit chain").Or.Contain("审计链"));
            Assert.That(Snapshot(_district), Is.EqualTo(copied));
        }
        finally
        {
            other.DisposeAndDelete();
        }
    }

    [Test]
    public async Task Into_a_new_district_database_the_first_town_takes_the_place_of_the_empty_town_the_migrations_made()
    {
        var fuhuan = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:DatabaseProvider"] = "sqlite" });
        var fresh = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:BootstrapAdminToken"] = "vol_district-admin-token-0123456789abcdefghijklmno" });
        try
        {
            var point = await fuhuan.Admin().CreatePointWithCoordinator("扶欢村");
            var number = (await fuhuan.As(point.Token).Post("/api/volunteers", People.Volunteer(point.PointId))).Expect(201).Str("volunteerNo");
            // Copied before the district's service first starts: the town's accounts are there, and the service still
            // creates the district's administrator.
            var (exit, output) = await Cli.Against(fresh, "copy-town", fuhuan.DatabasePath);
            Assert.That(exit, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("filled in place"));
            var district = fresh.As("vol_district-admin-token-0123456789abcdefghijklmno");
            var towns = (await district.Get("/api/towns")).Expect(200).Json.AsArray();
            Assert.That(towns.Select(t => (t!["id"]!.GetValue<long>(), t["code"]!.GetValue<string>())), Is.EqualTo(new[] { (1L, "FH") }));
            var listed = (await district.Get("/api/volunteers")).Expect(200).Json["items"]!.AsArray().Select(v => v!["volunteerNo"]!.GetValue<string>());
            Assert.That(listed, Is.EqualTo(new[] { number }));
            (await fresh.As(TestHost.AdminToken).Get("/api/volunteers")).Expect(200);
            var chains = (await district.Get("/api/audit/verify")).Expect(200).Json;
            Assert.That(chains["intact"]!.GetValue<bool>(), Is.True, chains.ToJsonString());
        }
        finally
        {
            fuhuan.DisposeAndDelete();
            fresh.DisposeAndDelete();
        }
    }

    /// <summary>Every GET route of the OpenAPI document the town's staff and volunteers use, filled with the town's objects.</summary>
    private async Task<List<(string Url, string Who)>> Urls(TestHost host)
    {
        var doc = (await host.Anonymous().Get("/swagger/v1/swagger.json")).Expect(200).Json;
        var routes = doc["paths"]!.AsObject().Where(p => p.Value!["get"] is not null).Select(p => p.Key)
            .Where(r => !Elsewhere.Any(r.StartsWith) && !r.EndsWith("service-proof.pdf", StringComparison.Ordinal))
            .ToList();
        var urls = new List<(string, string)>();
        foreach (var route in routes)
        {
            var who = route.StartsWith("/api/me", StringComparison.Ordinal) ? "volunteer"
                : route is "/api/progress" or "/api/activities/open" or "/api/learning-points" or "/api/registrations/consent" || route.StartsWith("/api/verify/") ? "anonymous"
                : "town-admin";
            var filled = route.Replace("{year}", Year.ToString()).Replace("{code}", _dongxi.Code);
            var id = filled.Contains("/awards/") ? _dongxi.Award : filled.Split('/')[2] switch
            {
                "volunteers" => _dongxi.Volunteer,
                "activities" => _dongxi.Activity,
                "service-records" => _dongxi.Record,
                "learning-points" => _dongxi.Point,
                _ => 0,
            };
            filled = filled.Replace("{id}", id.ToString());
            Assert.That(filled, Does.Not.Contain("{id}").And.Not.Contain("/0/").And.Not.EndWith("/0"), $"cannot fill {route}");
            if (filled.Contains("{format}")) urls.AddRange([(filled.Replace("{format}", "csv"), who), (filled.Replace("{format}", "xlsx"), who)]);
            else urls.Add((filled, who));
        }
        urls.Add(($"/api/volunteers/{_dongxi.Withdrawn}", "town-admin"));
        urls.Add(("/api/volunteers?status=withdrawn", "town-admin"));
        urls.Add(($"/api/service-records?volunteerId={_dongxi.Volunteer}", "town-admin"));
        urls.Add(($"/api/awards?year={Year}", "town-admin"));
        return urls;
    }

    /// <summary>
    /// Routes whose answer is the district's (the towns, their progress, the audit trail, which gains the copy's own entry)
    /// or the file's alone (backups); a service-record proof is numbered anew at each download.
    /// </summary>
    private static readonly string[] Elsewhere = ["/api/towns", "/api/district", "/api/audit", "/api/admin/backups", "/api/town"];

    private async Task<string> Answer(TestHost host, string url, string who)
    {
        var moved = host == _district;
        var client = who switch
        {
            "volunteer" => host.WithCard(_dongxi.Card),
            "anonymous" => host.Anonymous(),
            _ => host.As(TownAdminToken),
        };
        if (moved) url = await Moved(url);
        if (who == "anonymous" && moved && url.StartsWith("/api/", StringComparison.Ordinal) && !url.StartsWith("/api/verify/"))
            url += (url.Contains('?') ? "&" : "?") + "townId=" + await MovedTown();
        var response = await client.Client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var body = type.Contains("json") ? Normal(JsonNode.Parse(bytes), moved)
            : type == "application/pdf" ? string.Join("\n", new Documents.ReadBack(bytes).Pages)
            : url.Contains(".xlsx") ? await SheetText(Sheets.XlsxRows(bytes), moved)
            : url.Contains(".csv") ? await SheetText(Sheets.CsvRows(bytes), moved)
            : await CalendarText(Encoding.UTF8.GetString(bytes), moved);
        return $"{(int)response.StatusCode} {type}\n{body}";
    }

    /// <summary>The sheet's cells, a record's number (its id, which the service-records sheet prints) as it was in the file.</summary>
    private async Task<string> SheetText(List<string[]> rows, bool moved)
    {
        var idColumns = rows.Count == 0 ? [] : rows[0].Select((h, i) => (h, i)).Where(x => x.h is "记录编号" or "冲正的记录编号").Select(x => x.i).ToList();
        var offset = moved && idColumns.Count > 0 ? await MovedId(_district, "service_records", 0) : 0;
        foreach (var row in rows.Skip(1))
            foreach (var i in idColumns)
                if (long.TryParse(row[i], out var id)) row[i] = (id - offset).ToString();
        return string.Join("\n", rows.Select(r => string.Join("\t", r)));
    }

    /// <summary>
    /// A calendar's events as the file had them: an event's UID names its activity's id (a subscribed calendar takes the
    /// moved ones as the same events anew), and DTSTAMP is when the feed was made, not what it holds.
    /// </summary>
    private async Task<string> CalendarText(string text, bool moved)
    {
        var offset = moved && text.Contains("UID:activity-") ? await MovedId(_district, "activities", 0) : 0;
        return string.Join("\n", text.Split('\n').Where(line => !line.StartsWith("DTSTAMP:", StringComparison.Ordinal))
            .Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"^UID:activity-(\d+)@", m => $"UID:activity-{long.Parse(m.Groups[1].Value) - offset}@")));
    }

    /// <summary>The URL as it reads in the district: each id in it moved as its table's were.</summary>
    private async Task<string> Moved(string url)
    {
        var parts = url.Split('?');
        var segments = parts[0].Split('/');
        for (var i = 3; i < segments.Length; i++)
            if (segments[i - 1] != "selections" && long.TryParse(segments[i], out var id))
                segments[i] = (await MovedId(_district, segments[i - 1].Replace("-", "_"), id)).ToString();
        var query = parts.Length > 1 && parts[1].StartsWith("volunteerId=", StringComparison.Ordinal)
            ? "?volunteerId=" + await MovedId(_district, "volunteers", long.Parse(parts[1]["volunteerId=".Length..]))
            : parts.Length > 1 ? "?" + parts[1] : "";
        return string.Join('/', segments) + query;
    }

    /// <summary>How far the copy moved each table's ids, as its audit entry records them.</summary>
    private static async Task<Dictionary<string, long>> Offsets(TestHost district)
    {
        var detail = (await district.Admin().Get("/api/audit?action=town.copy")).Expect(200).Json["items"]![0]!["detail"]!.GetValue<string>();
        return JsonNode.Parse(detail)!["idOffsets"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<long>());
    }

    private static async Task<long> MovedId(TestHost district, string table, long id) => id + (await Offsets(district))[table];

    /// <summary>A link in an answer (/api/me/awards/3/certificate.pdf) as the file's service wrote it.</summary>
    private string Unmoved(string link)
    {
        var segments = link.Split('/');
        for (var i = 1; i < segments.Length; i++)
            if (_offsets.TryGetValue(segments[i - 1].Replace("-", "_"), out var offset) && long.TryParse(segments[i], out var id))
                segments[i] = (id - offset).ToString();
        return string.Join('/', segments);
    }

    private async Task<long> MovedTown() =>
        (await _district.Admin().Get("/api/towns")).Expect(200).Json.AsArray().Single(t => t!["code"]!.GetValue<string>() == "DX")!["id"]!.GetValue<long>();

    /// <summary>
    /// The answer with every id (and each account's, in a …By field) replaced by the order it first appears in at its place in the document: equal for two
    /// answers that name the same objects in the same order, whatever their ids. The file's administrators ran the district
    /// of one town; in the district they are their town's administrators.
    /// </summary>
    private string Normal(JsonNode? node, bool moved)
    {
        var seen = new Dictionary<string, Dictionary<long, int>>();
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    if (!moved && o["role"]?.GetValue<string>() == "district-admin")
                    {
                        o["role"] = "town-admin";
                        if (o.ContainsKey("townId")) o["townId"] = 1L;
                    }
                    // Which request it was, not what it answered.
                    o.Remove("traceId");
                    o.Remove("instance");
                    foreach (var (key, value) in o.ToList())
                    {
                        if ((key == "id" || key.EndsWith("Id", StringComparison.Ordinal) || key.EndsWith("By", StringComparison.Ordinal) || key == "by") && value is JsonValue v && v.TryGetValue<long>(out var number))
                        {
                            var ranks = seen.TryGetValue(path + "." + key, out var r) ? r : seen[path + "." + key] = new();
                            o[key] = "#" + (ranks.TryGetValue(number, out var rank) ? rank : ranks[number] = ranks.Count + 1);
                        }
                        else if (moved && value is JsonValue text && text.TryGetValue<string>(out var link) && link.Contains("/api/"))
                            o[key] = Unmoved(link);
                        else Walk(value, path + "." + key);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item, path + "[]");
                    break;
            }
        }
        Walk(node, "");
        return node?.ToJsonString() ?? "";
    }

    private async Task<string> Reveal(TestHost host, long volunteer, bool moved = false)
    {
        var id = moved ? await MovedId(host, "volunteers", volunteer) : volunteer;
        return (await host.As(TownAdminToken).Post($"/api/volunteers/{id}/reveal-id-number", new { reason = "核对身份信息" })).Expect(200).Str("idNumber");
    }

    private static string Snapshot(TestHost host)
    {
        using var c = host.Connect();
        return DatabaseSnapshot.Of(c);
    }

    private static string Following(string number)
    {
        var digits = number.Reverse().TakeWhile(char.IsDigit).Count();
        var next = long.Parse(number[^digits..]) + 1;
        return number[..^digits] + next.ToString(new string('0', digits));
    }

    /// <summary>东溪镇 on its own file: two points, volunteers by staff and by the public form, a ledger with a sheet, a reversal, a rejection and a redemption, sign-ups, a card, a proof and a finalized selection.</summary>
    private async Task<Town> Populate(ApiClient admin)
    {
        (await admin.Put("/api/town", new
        {
            code = "DX", name = "东溪镇", residentPopulation = 28000, targetRatio = 0.01, volunteerNoPrefix = "DX", issuer = "东溪镇社区教育学校",
            certificateNumberFormat = "东溪社教〔{0}〕第{1:000}号", proofNumberFormat = "东溪志证〔{0}〕第{1:0000}号",
        })).Expect(200);
        var a = await admin.CreatePointWithCoordinator("东溪村");
        var b = await admin.CreatePointWithCoordinator("永乐社区");
        var coordinator = _town.As(a.Token);
        var first = People.Volunteer(a.PointId);
        var volunteer = (await coordinator.Post("/api/volunteers", first)).Expect(201).Id;
        var second = await coordinator.CreateVolunteer(a.PointId);
        var third = await _town.As(b.Token).CreateVolunteer(b.PointId);
        var withdrawn = await coordinator.CreateVolunteer(a.PointId);
        (await admin.Post($"/api/volunteers/{withdrawn}/withdraw", new { reason = "本人申请" })).Expect(200);
        var publicKey = await _town.RegisterWithCard(b.PointId);

        var record = await Ledger.RecordApproved(coordinator, admin, volunteer, 12);
        var reversed = await Ledger.RecordApproved(coordinator, admin, second, 2);
        (await admin.Post($"/api/service-records/{reversed}/reverse", new { reason = "时长录错" })).Expect(201);
        var rejected = (await _town.As(b.Token).Record(third, 1)).Expect(201).Id;
        (await admin.Post($"/api/service-records/{rejected}/reject", new { reason = "无签到记录" })).Expect(200);
        (await coordinator.Record(second, 1.5m)).Expect(201);
        var activity = await coordinator.CreateActivity(a.PointId);
        (await coordinator.Post($"/api/activities/{activity}/attendance", new
        {
            entries = new[] { new { volunteerId = volunteer, hours = 2m }, new { volunteerId = second, hours = 1.5m } },
        })).Expect(201);
        (await admin.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 1, item = "笔记本" })).Expect(201);
        var open = await coordinator.CreateOpenActivity(a.PointId);
        (await coordinator.SignUp(open, volunteer)).Expect(201);
        (await coordinator.SignUp(open, second)).Expect(201);
        var card = await coordinator.Issue(volunteer);
        var checkin = (await coordinator.Post("/api/activities", new
        {
            title = "老年智能手机课", type = "lecture", learningPointId = a.PointId, date = Ledger.Today, location = "村委会",
            startTime = "00:00", endTime = "23:59", signupOpen = true,
        })).Expect(201).Id;
        (await coordinator.Enter(checkin, second, "in")).Expect(200);
        (await _town.WithCard(card).Get("/api/me/service-proof.pdf")).Expect(200);

        (await admin.Post("/api/selections", new { year = Year, minHours = 1, quota = 1 })).Expect(201);
        (await coordinator.Post($"/api/selections/{Year}/nominations", new { volunteerId = volunteer, reason = "服务时长最长" })).Expect(201);
        (await admin.Post($"/api/selections/{Year}/review", new { volunteerIds = new[] { volunteer } })).Expect(200);
        (await admin.Post($"/api/selections/{Year}/notice", new { days = 0 })).Expect(200);
        var award = (await admin.Post($"/api/selections/{Year}/finalize")).Expect(200).Json[0]!;
        var last = (await admin.Get("/api/volunteers?pageSize=100")).Expect(200).Json["items"]!.AsArray()
            .Select(v => v!["volunteerNo"]!.GetValue<string>()).Max(StringComparer.Ordinal)!;
        Assert.That(publicKey, Is.Not.Empty);
        return new Town(a.PointId, volunteer, withdrawn, activity, record, award["id"]!.GetValue<long>(), award["verificationCode"]!.GetValue<string>(),
            card, a.Token, (string)first["idNumber"]!, last);
    }

    /// <summary>
    /// 古南街道 in the district already, with a row in each table a town writes (a sheet, a reversal, sign-ups, a check-in, a
    /// card, a proof, an award…), so every copied id has to move and a reference left unmoved would point at 古南街道's rows.
    /// </summary>
    private static async Task AnotherTownIn(TestHost district)
    {
        var admin = district.Admin();
        var gunan = (await admin.Post("/api/towns", new { code = "QJ-GN", name = "古南街道", residentPopulation = 62000, targetRatio = 0.01, volunteerNoPrefix = "QJ" }))
            .Expect(201).Id;
        var townAdmin = district.As((await admin.Post("/api/accounts", new { name = "镇管理员", role = "town-admin", townId = gunan })).Expect(201).Str("token"));
        var point = await townAdmin.CreatePointWithCoordinator("古南街道乙社区");
        var coordinator = district.As(point.Token);
        var volunteers = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            var v = await coordinator.CreateVolunteer(point.PointId);
            volunteers.Add(v);
            await Ledger.RecordApproved(coordinator, townAdmin, v, 2);
        }
        (await townAdmin.Post($"/api/service-records/{await Ledger.RecordApproved(coordinator, townAdmin, volunteers[1], 1)}/reverse", new { reason = "重复录入" })).Expect(201);
        (await townAdmin.Post($"/api/volunteers/{volunteers[3]}/withdraw", new { reason = "迁出" })).Expect(200);
        var activity = await coordinator.CreateActivity(point.PointId);
        (await coordinator.Post($"/api/activities/{activity}/attendance", new { entries = new[] { new { volunteerId = volunteers[0], hours = 1m } } })).Expect(201);
        var open = await coordinator.CreateOpenActivity(point.PointId, title: "古南读书会");
        for (var i = 0; i < 3; i++) (await coordinator.SignUp(open, volunteers[i])).Expect(201);
        var today = (await coordinator.Post("/api/activities", new
        {
            title = "社区书法课", type = "lecture", learningPointId = point.PointId, date = Ledger.Today, location = "社区活动室",
            startTime = "00:00", endTime = "23:59", signupOpen = true,
        })).Expect(201).Id;
        for (var i = 0; i < 2; i++) (await coordinator.Enter(today, volunteers[i], "in")).Expect(200);
        for (var i = 0; i < 3; i++)
        {
            var card = await coordinator.Issue(volunteers[i]);
            (await district.WithCard(card).Get("/api/me/service-proof.pdf")).Expect(200);
        }
        (await townAdmin.Post("/api/selections", new { year = Year, minHours = 1, quota = 2 })).Expect(201);
        foreach (var v in volunteers.Take(2))
            (await coordinator.Post($"/api/selections/{Year}/nominations", new { volunteerId = v, reason = "热心服务" })).Expect(201);
        (await townAdmin.Post($"/api/selections/{Year}/review", new { volunteerIds = volunteers.Take(2).ToArray() })).Expect(200);
        (await townAdmin.Post($"/api/selections/{Year}/notice", new { days = 0 })).Expect(200);
        var objection = (await townAdmin.Post($"/api/selections/{Year}/objections", new { volunteerId = volunteers[0], text = "核实时长" })).Expect(201).Id;
        (await townAdmin.Post($"/api/selections/{Year}/objections/{objection}/resolve", new { upheld = false, note = "不成立" })).Expect(200);
        (await townAdmin.Post($"/api/selections/{Year}/finalize")).Expect(200);
    }
}
