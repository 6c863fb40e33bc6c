using Microsoft.Extensions.DependencyInjection;
using Volunteers.Core.Common;
using Volunteers.Core.Incentives;
using Volunteers.Core.Volunteers;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>
/// What a refused caller reads, and the checks Core keeps for callers that are not the HTTP API (a batch job, the bench):
/// the endpoints refuse first, so only a call into Core shows that these hold on their own.
/// </summary>
public sealed class ReachRefusalTests : TwoPointFixture
{
    private static string Detail(Reply reply) => reply.Json["detail"]!.GetValue<string>();

    [Test]
    public async Task Missing_objects_are_named_in_Chinese()
    {
        Assert.That(Detail((await Admin.Get("/api/activities/987654")).Expect(404)), Is.EqualTo("活动不存在"));
        Assert.That(Detail((await Admin.Get("/api/service-records/987654")).Expect(404)), Is.EqualTo("服务记录不存在"));
        Assert.That(Detail((await Admin.Post("/api/accounts/987654/tokens")).Expect(404)), Is.EqualTo("账号不存在"));
        var nowhere = People.Volunteer(987654);
        Assert.That((await A.Post("/api/volunteers", nowhere)).Expect(400).ErrorReason("learningPointId"), Is.EqualTo("学习点不存在"));
    }

    [Test]
    public async Task A_coordinator_creating_an_activity_for_another_point_or_the_town_and_a_short_balance_are_told_why()
    {
        var other = await A.Post("/api/activities", new { title = "讲座", type = "lecture", learningPointId = PointB.PointId, date = Ledger.Today });
        Assert.That(other.Expect(400).ErrorReason("learningPointId"), Is.EqualTo("学习点不存在"), "another point reads as no point at all");
        var town = await A.Post("/api/activities", new { title = "讲座", type = "lecture", learningPointId = (long?)null, date = Ledger.Today });
        Assert.That(town.Expect(400).ErrorReason("learningPointId"), Is.EqualTo("学习点联络员只能为本学习点创建活动"));
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        await Ledger.RecordApproved(A, Admin, volunteer, 1);
        var short_ = (await A.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 11, item = "笔记本" })).Expect(409);
        Assert.That(Detail(short_), Is.EqualTo("积分余额不足：现有 10 分，兑换需要 11 分"));
    }

    [Test]
    public async Task Revealing_an_ID_number_that_was_never_registered_is_a_409()
    {
        var body = People.Volunteer(PointA.PointId);
        body.Remove("idNumber");
        body["birthDate"] = "1980-03-15";
        var volunteer = (await A.Post("/api/volunteers", body)).Expect(201).Id;
        var reveal = (await Admin.Post($"/api/volunteers/{volunteer}/reveal-id-number", new { reason = "核对身份信息" })).Expect(409);
        Assert.That(Detail(reveal), Is.EqualTo("该志愿者没有登记身份证号码"));
    }

    [Test]
    public async Task Core_refuses_another_points_coordinator_a_redemption_and_any_coordinator_an_ID_number_reveal()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        await Ledger.RecordApproved(A, Admin, volunteer, 1);
        var coordinatorB = new Caller(PointB.AccountId, Roles.PointCoordinator, PointB.PointId);
        var coordinatorA = new Caller(PointA.AccountId, Roles.PointCoordinator, PointA.PointId);
        var redemptions = Host.Services.GetRequiredService<RedemptionCommands>();
        var volunteers = Host.Services.GetRequiredService<VolunteerCommands>();

        var refused = Assert.Throws<DomainException>(() => redemptions.Redeem(coordinatorB, volunteer, 1, "笔记本", null))!;
        Assert.That(refused.Problem, Is.EqualTo(Problem.NotFound));
        Assert.That((await Admin.Totals(volunteer)).Points, Is.EqualTo(10), "nothing was spent");
        var reveal = Assert.Throws<DomainException>(() => volunteers.RevealIdNumber(coordinatorA, volunteer, "核对"))!;
        Assert.That((reveal.Problem, reveal.Message), Is.EqualTo((Problem.Forbidden, "只有镇管理员可以查看完整身份证号码")));
    }
}
