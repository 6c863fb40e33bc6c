using Volunteers.Tests.Support;

namespace Volunteers.Tests.Audit;

/// <summary>Actions on accounts, activities, points and ID numbers each leave their entry, under the object it concerns.</summary>
public sealed class AuditedActionsTests : TwoPointFixture
{
    private async Task<List<string>> Trail(string entity, long id) =>
        (await Admin.Get($"/api/audit?entity={entity}&entityId={id}&pageSize=200")).Expect(200).Json["items"]!.AsArray()
            .Select(e => e!["action"]!.GetValue<string>()).ToList();

    [Test]
    public async Task Issuing_and_revoking_an_accounts_tokens_is_audited()
    {
        var account = (await Admin.CreatePointWithCoordinator("丁村")).AccountId;
        (await Admin.Post($"/api/accounts/{account}/tokens")).Expect(201);
        (await Admin.Delete($"/api/accounts/{account}/tokens")).Expect(200);
        var actions = await Trail("account", account);
        Assert.That(actions, Does.Contain("token.issue").And.Contain("token.revoke-all"));
    }

    [Test]
    public async Task Creating_an_activity_redeeming_points_and_revealing_an_ID_number_are_audited()
    {
        var activity = await A.CreateActivity(PointA.PointId);
        Assert.That(await Trail("activity", activity), Does.Contain("activity.create"));

        var volunteer = await A.CreateVolunteer(PointA.PointId);
        await Ledger.RecordApproved(A, Admin, volunteer, 1);
        (await A.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 5, item = "笔记本" })).Expect(201);
        (await Admin.Post($"/api/volunteers/{volunteer}/reveal-id-number", new { reason = "核对身份信息" })).Expect(200);
        var actions = await Trail("volunteer", volunteer);
        Assert.That(actions, Does.Contain("points.redeem").And.Contain("volunteer.reveal-id"));
    }
}
