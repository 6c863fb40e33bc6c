using Volunteers.Tests.Support;

namespace Volunteers.Tests.Incentives;

public sealed class RedemptionBalanceTests : TwoPointFixture
{
    [Test]
    public async Task The_whole_balance_can_be_spent_to_zero_and_the_answer_says_what_was_spent()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        await Ledger.RecordApproved(A, Admin, volunteer, 3);
        var spent = (await A.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 30, item = " 保温杯 " })).Expect(201).Json;
        Assert.That(spent["balance"]!.GetValue<int>(), Is.Zero);
        Assert.That(spent["points"]!.GetValue<int>(), Is.EqualTo(30));
        Assert.That(spent["item"]!.GetValue<string>(), Is.EqualTo("保温杯"));
        Assert.That(spent["volunteerId"]!.GetValue<long>(), Is.EqualTo(volunteer));
        Assert.That((await A.Totals(volunteer)).Points, Is.Zero);
        var refused = (await A.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 1, item = "笔" })).Expect(409);
        Assert.That(refused.Str("detail"), Does.Contain("现有 0 分").And.Contain("需要 1 分"));
    }

    [Test]
    public async Task A_volunteer_with_no_approved_hours_has_nothing_to_spend()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var refused = (await A.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 1, item = "笔" })).Expect(409);
        Assert.That(refused.Str("detail"), Does.Contain("现有 0 分"));
        (await A.Post("/api/volunteers/987654/redemptions", new { points = 1, item = "笔" })).Expect(404);
    }

    [Test]
    public async Task A_reversal_after_a_partial_redemption_takes_back_only_what_is_left()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        await Ledger.RecordApproved(A, Admin, volunteer, 2, Ledger.DaysAgo(1));
        var later = await Ledger.RecordApproved(A, Admin, volunteer, 4, Ledger.DaysAgo(2));
        (await A.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 45, item = "书包" })).Expect(201);
        (await A.Post($"/api/service-records/{later}/reverse", new { reason = "录错" })).Expect(201);
        Assert.That(await A.Totals(volunteer), Is.EqualTo((2m, 0, 0)), "15 points were left of the 40 the reversal would take back");
    }
}
