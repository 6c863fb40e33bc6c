using System.Text.Json.Nodes;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Selection;

/// <summary>
/// One year run to its end and past it on a host of its own: nominees of two points, an objection about each, one upheld, the
/// award revoked afterwards. The tests only read what it left: each point's view, the year's history and the audit trail.
/// </summary>
public sealed class SelectionHistoryTests : TwoPointFixture
{
    private static int Year => DateTime.UtcNow.AddHours(8).Year;
    private long _a1, _a2, _b1, _aboutA1, _aboutB1, _award;

    [OneTimeSetUp]
    public async Task Start()
    {
        _a1 = await A.CreateVolunteer(PointA.PointId);
        _a2 = await A.CreateVolunteer(PointA.PointId);
        _b1 = await B.CreateVolunteer(PointB.PointId);
        foreach (var (api, v) in new[] { (A, _a1), (A, _a2), (B, _b1) }) await Ledger.RecordApproved(api, Admin, v, 3, Ledger.Today);

        (await Admin.Post("/api/selections", new { year = Year, minHours = 1, quota = 3 })).Expect(201);
        foreach (var (api, v) in new[] { (A, _a1), (A, _a2), (B, _b1) })
            (await api.Post($"/api/selections/{Year}/nominations", new { volunteerId = v, reason = "积极" })).Expect(201);
        (await Admin.Post($"/api/selections/{Year}/review", new { volunteerIds = new[] { _b1, _a1 } })).Expect(200);
        (await Admin.Post($"/api/selections/{Year}/notice", new { days = 0 })).Expect(200);
        _aboutA1 = await Object(A, _a1);
        _aboutB1 = await Object(Admin, _b1);
        (await Admin.Post($"/api/selections/{Year}/objections/{_aboutA1}/resolve", new { upheld = false, note = "不成立" })).Expect(200);
        (await Admin.Post($"/api/selections/{Year}/objections/{_aboutB1}/resolve", new { upheld = true, note = "属实" })).Expect(200);
        _award = (await Admin.Post($"/api/selections/{Year}/finalize")).Expect(200).Json.AsArray().Single()!["id"]!.GetValue<long>();
        (await Admin.Post($"/api/awards/{_award}/revoke", new { reason = "经查服务时长不实" })).Expect(200);
    }

    private async Task<long> Object(ApiClient api, long volunteer) =>
        (await api.Post($"/api/selections/{Year}/objections", new { volunteerId = volunteer, text = "群众反映" })).Expect(201)
            .Id;

    private async Task<long> AdminAccount() =>
        (await Admin.Get($"/api/audit?entity=selection&entityId={Year}&action=selection.created")).Expect(200).Json["items"]![0]!["accountId"]!.GetValue<long>();

    private (string Step, string? Detail)[] History => new[]
    {
        ("created", "minHours=1; quota=3; pointQuota="),
        ("nominated", $"volunteer {_a1}"), ("nominated", $"volunteer {_a2}"), ("nominated", $"volunteer {_b1}"),
        ("reviewed", $"confirmed {_b1},{_a1}"), ("notice", "0 days"),
        ("objection", $"objection {_aboutA1} on volunteer {_a1}"), ("objection", $"objection {_aboutB1} on volunteer {_b1}"),
        ("objection-dismissed", $"objection {_aboutA1}"), ("objection-upheld", $"objection {_aboutB1}"),
        ("finalized", null), ("award-revoked", $"award {_award}: 经查服务时长不实"),
    };

    /// <summary>Who did each step of <see cref="History"/>: the admin, or the coordinator who nominated or objected.</summary>
    private async Task<long[]> Doers()
    {
        var admin = await AdminAccount();
        return [admin, PointA.AccountId, PointA.AccountId, PointB.AccountId, admin, admin, PointA.AccountId, admin, admin, admin, admin, admin];
    }

    [Test]
    public async Task A_coordinator_sees_the_objections_about_their_own_points_volunteers_and_the_admin_all()
    {
        async Task<List<long>> About(ApiClient api) =>
            (await api.Get($"/api/selections/{Year}")).Expect(200).Json["objections"]!.AsArray().Select(o => o!["volunteerId"]!.GetValue<long>()).ToList();
        Assert.That(await About(A), Is.EqualTo(new[] { _a1 }));
        Assert.That(await About(B), Is.EqualTo(new[] { _b1 }));
        Assert.That(await About(Admin), Is.EqualTo(new[] { _a1, _b1 }));
    }

    [Test]
    public async Task Every_step_is_kept_in_the_years_history_with_who_did_it_and_a_revocation_is_one_of_them()
    {
        var steps = (await Admin.Get($"/api/selections/{Year}")).Expect(200).Json["steps"]!.AsArray();
        Assert.That(steps.Select(s => (s!["step"]!.GetValue<string>(), s["detail"]?.GetValue<string>())), Is.EqualTo(History));
        Assert.That(steps.Select(s => s!["by"]!.GetValue<long>()), Is.EqualTo(await Doers()));
    }

    [Test]
    public async Task Every_step_is_in_the_audit_trail_as_an_action_on_the_selection_of_its_year()
    {
        var trail = (await Admin.Get($"/api/audit?entity=selection&entityId={Year}&pageSize=100")).Expect(200).Json["items"]!.AsArray().Reverse().ToList();
        Assert.That(trail.Select(e => e!["action"]!.GetValue<string>()), Is.EqualTo(History.Select(h => "selection." + h.Step)));
        Assert.That(trail.Select(e => JsonNode.Parse(e!["detail"]!.GetValue<string>())!["detail"]?.GetValue<string>()), Is.EqualTo(History.Select(h => h.Detail)));
        Assert.That(trail.Select(e => e!["accountId"]!.GetValue<long>()), Is.EqualTo(await Doers()));
        Assert.That(trail.Select(e => (e!["entity"]!.GetValue<string>(), e["entityId"]!.GetValue<string>())), Has.All.EqualTo(("selection", $"{Year}")));
    }
}
