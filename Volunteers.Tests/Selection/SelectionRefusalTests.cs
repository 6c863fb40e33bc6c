using Volunteers.Tests.Support;
using static Volunteers.Tests.Selection.Refusals;

namespace Volunteers.Tests.Selection;

/// <summary>What each refused step tells the town's staff, in both languages. Each test runs a past year of its own on one host.</summary>
public sealed class SelectionRefusalTests
{
    private TestHost _host = null!;
    private PointWithCoordinator _a = null!, _b = null!;
    private ApiClient Admin => _host.Admin();
    private ApiClient A => _host.As(_a.Token);
    private static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _a = await Admin.CreatePointWithCoordinator("甲村");
        _b = await Admin.CreatePointWithCoordinator("乙村");
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private async Task<long> Volunteer(int year, decimal hours, PointWithCoordinator? point = null)
    {
        point ??= _a;
        var coordinator = _host.As(point.Token);
        var id = await coordinator.CreateVolunteer(point.PointId);
        await Ledger.RecordApproved(coordinator, Admin, id, hours, $"{year}-06-15");
        return id;
    }

    private Func<string?, Task<Reply>> Nominate(int year, long volunteer) =>
        language => A.Post($"/api/selections/{year}/nominations", new { volunteerId = volunteer, reason = "积极" }, language);

    private Func<string?, Task<Reply>> Step(int year, string step, object? body = null) =>
        language => Admin.Post($"/api/selections/{year}/{step}", body, language);

    /// <summary>A step out of turn: a 409 naming the state the year is at (its label, or its code in English) and the step refused.</summary>
    private static Task OutOfTurn(Func<string?, Task<Reply>> send, string label, string state, string step) =>
        Refused(send, 409, $"评选当前处于“{label}”阶段，不能{step}", $"The selection is at the {state} step; it cannot do this now");

    [Test]
    public async Task A_second_selection_of_a_year_is_refused_naming_the_year()
    {
        var year = ThisYear - 1;
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 1 })).Expect(201);
        await Refused(language => Admin.Post("/api/selections", new { year, minHours = 2, quota = 3 }, language), 409,
            $"{year} 年度评选已经创建", $"The {year} selection already exists", "year");
    }

    [Test]
    public async Task An_unknown_year_is_not_found_by_its_year()
    {
        await Refused(language => Admin.Get("/api/selections/2090", language), 404, "2090 年度评选不存在", "The 2090 selection was not found");
        await Refused(Step(2091, "finalize"), 404, "2091 年度评选不存在", "The 2091 selection was not found");
    }

    [Test]
    public async Task A_nomination_is_refused_for_an_unknown_an_ineligible_a_repeated_or_an_over_quota_volunteer()
    {
        var year = ThisYear - 2;
        var ofB = await Volunteer(year, 5, _b);
        var short1 = await Volunteer(year, 2);
        var first = await Volunteer(year, 3);
        var second = await Volunteer(year, 4);
        (await Admin.Post("/api/selections", new { year, minHours = 2.5, quota = 3, pointQuota = 1 })).Expect(201);

        foreach (var unknown in new[] { 987654, ofB })
            await Refused(Nominate(year, unknown), 400, "志愿者不存在", "The volunteer does not exist", "volunteerId");
        await Refused(Nominate(year, short1), 409, "该志愿者不符合评选条件（须在册且年度服务满 2.5 小时）",
            "The volunteer is not eligible (active, at least 2.5 hours in the year)", "volunteerId");
        (await Nominate(year, first)(null)).Expect(201);
        await Refused(Nominate(year, first), 409, "该志愿者已被推荐", "The volunteer is already nominated", "volunteerId");
        await Refused(Nominate(year, second), 409, "本学习点的推荐名额（1 名）已用完", "This learning point's quota of 1 is used up", "volunteerId");
    }

    [Test]
    public async Task A_review_is_refused_over_the_quota_or_with_a_volunteer_not_nominated()
    {
        var year = ThisYear - 3;
        var first = await Volunteer(year, 3);
        var second = await Volunteer(year, 4);
        var notNominated = await Volunteer(year, 5);
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 1 })).Expect(201);
        (await Nominate(year, first)(null)).Expect(201);
        (await Nominate(year, second)(null)).Expect(201);

        await Refused(Step(year, "review", new { volunteerIds = new[] { first, second } }), 400,
            "确认人数 2 超过总名额 1", "2 exceeds the quota of 1", "volunteerIds");
        await Refused(Step(year, "review", new { volunteerIds = new[] { notNominated } }), 400,
            $"志愿者 {notNominated} 未被推荐，不能确认", $"Volunteer {notNominated} was not nominated", "volunteerIds");
    }

    [Test]
    public async Task Each_step_out_of_turn_names_the_state_the_year_is_at_and_the_step_it_cannot_do()
    {
        var year = ThisYear - 4;
        var volunteer = await Volunteer(year, 3);
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 1 })).Expect(201);
        var objection = new { volunteerId = volunteer, text = "核实" };
        var resolution = new { upheld = false, note = "不成立" };

        await OutOfTurn(Step(year, "notice", new { days = 0 }), "推荐", "nominating", "开始公示");
        await OutOfTurn(Step(year, "objections", objection), "推荐", "nominating", "登记异议");
        await OutOfTurn(Step(year, "objections/1/resolve", resolution), "推荐", "nominating", "处理异议");
        await OutOfTurn(Step(year, "finalize"), "推荐", "nominating", "定稿");

        (await Nominate(year, volunteer)(null)).Expect(201);
        (await Step(year, "review", new { volunteerIds = new[] { volunteer } })(null)).Expect(200);
        await OutOfTurn(Nominate(year, volunteer), "审核完成", "reviewed", "推荐");
        await OutOfTurn(Step(year, "review", new { volunteerIds = new[] { volunteer } }), "审核完成", "reviewed", "审核");
        await OutOfTurn(Step(year, "finalize"), "审核完成", "reviewed", "定稿");

        (await Step(year, "notice", new { days = 0 })(null)).Expect(200);
        await OutOfTurn(Step(year, "notice", new { days = 0 }), "公示", "notice", "开始公示");
        var id = (await Step(year, "objections", objection)(null)).Expect(201).Id;
        (await Step(year, $"objections/{id}/resolve", resolution)(null)).Expect(200);
        (await Step(year, "finalize")(null)).Expect(200);

        await OutOfTurn(Step(year, $"objections/{id}/resolve", resolution), "已定稿", "finalized", "处理异议");
        await OutOfTurn(Step(year, "objections", objection), "已定稿", "finalized", "登记异议");
        await OutOfTurn(Step(year, "finalize"), "已定稿", "finalized", "定稿");
    }

    [Test]
    public async Task Objections_name_a_listed_volunteer_are_resolved_once_and_finalizing_waits_for_them()
    {
        var year = ThisYear - 5;
        var listed = await Volunteer(year, 4);
        var removed = await Volunteer(year, 3);
        (await Admin.Post("/api/selections", new { year, minHours = 1, quota = 2 })).Expect(201);
        (await Nominate(year, listed)(null)).Expect(201);
        (await Nominate(year, removed)(null)).Expect(201);
        (await Step(year, "review", new { volunteerIds = new[] { listed } })(null)).Expect(200);
        (await Step(year, "notice", new { days = 0 })(null)).Expect(200);

        await Refused(Step(year, "objections", new { volunteerId = removed, text = "核实" }), 400,
            "该志愿者不在公示名单中", "The volunteer is not on the public list", "volunteerId");
        var id = (await Step(year, "objections", new { volunteerId = listed, text = "核实" })(null)).Expect(201)
            .Id;
        await Refused(Step(year, "finalize"), 409, "还有未处理的异议，处理完毕后才能定稿", "Some objections are not resolved yet");
        var resolution = new { upheld = false, note = "不成立" };
        await Refused(Step(year, "objections/987654/resolve", resolution), 404, "异议不存在", "Objection was not found");
        (await Step(year, $"objections/{id}/resolve", resolution)(null)).Expect(200);
        await Refused(Step(year, $"objections/{id}/resolve", new { upheld = true, note = "再议" }), 409,
            "该异议已处理", "The objection is already resolved");
    }
}
