using Volunteers.Tests.Documents;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Volunteers;

public sealed class ServiceProofPeriodTests : TwoPointFixture
{
    private async Task<string> ProofText(long volunteer, string query = "")
    {
        var response = await A.Client.GetAsync($"/api/volunteers/{volunteer}/service-proof.pdf{query}");
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        return new ReadBack(await response.Content.ReadAsByteArrayAsync()).AllText.Replace(" ", "");
    }

    private long Proofs()
    {
        using var c = Host.Connect();
        return Dapper.SqlMapper.ExecuteScalar<long>(c, "SELECT count(*) FROM service_proofs");
    }

    private static string Chinese(string isoDate) => DateOnly.Parse(isoDate).ToString("yyyy年M月d日");

    [Test]
    public async Task A_proof_runs_from_the_first_service_to_the_last_unless_a_period_is_asked_for_and_sums_its_hours()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        await Ledger.RecordApproved(A, Admin, volunteer, 3, Ledger.DaysAgo(10));
        await Ledger.RecordApproved(A, Admin, volunteer, 2, Ledger.DaysAgo(2));

        var whole = await ProofText(volunteer);
        Assert.That(whole, Does.Contain($"于{Chinese(Ledger.DaysAgo(10))}至{Chinese(Ledger.DaysAgo(2))}期间"));
        Assert.That(whole, Does.Contain("累计服务时长5小时"));
        var part = await ProofText(volunteer, $"?from={Ledger.DaysAgo(5)}&to={Ledger.DaysAgo(1)}");
        Assert.That(part, Does.Contain($"于{Chinese(Ledger.DaysAgo(5))}至{Chinese(Ledger.DaysAgo(1))}期间"));
        Assert.That(part, Does.Contain("累计服务时长2小时"));

        var trail = (await Admin.Get($"/api/audit?entity=volunteer&entityId={volunteer}&action=service-proof.issue")).Expect(200).Json["items"]!.AsArray();
        Assert.That(trail, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_period_that_ends_before_it_starts_is_refused_naming_to()
    {
        var volunteer = await A.CreateVolunteer(PointA.PointId);
        var reply = await A.Get($"/api/volunteers/{volunteer}/service-proof.pdf?from={Ledger.DaysAgo(1)}&to={Ledger.DaysAgo(3)}");
        Assert.That(reply.Expect(400).ErrorFields, Is.EqualTo(new[] { "to" }));
    }

    [Test]
    public async Task A_proof_without_an_ID_number_names_the_volunteer_number_alone_and_none_is_issued_for_an_erased_volunteer()
    {
        var body = People.Volunteer(PointA.PointId);
        body["idNumber"] = null;
        body["birthDate"] = People.BornYearsAgo(40).ToString("yyyy-MM-dd");
        var volunteer = (await A.Post("/api/volunteers", body)).Expect(201).Id;
        await Ledger.RecordApproved(A, Admin, volunteer, 2, Ledger.DaysAgo(1));
        var text = await ProofText(volunteer);
        Assert.That(text, Does.Match(@"兹证明李秀英（志愿者编号：FH\d{4}-\d{4}）于"));
        Assert.That(text, Does.Not.Contain("身份证号").And.Not.Contain("（（").And.Not.Contain("：（"), "no nested parentheses");

        (await A.Post($"/api/volunteers/{volunteer}/withdraw")).Expect(200);
        (await Admin.Delete($"/api/volunteers/{volunteer}")).Expect(204);
        Assert.That((await A.Get($"/api/volunteers/{volunteer}/service-proof.pdf")).Expect(409).Str("detail"), Does.Contain("已注销"));
    }

    [Test]
    public async Task No_proof_is_issued_for_a_pending_volunteer_or_one_without_approved_hours_and_no_number_is_used()
    {
        var pending = (await Host.Anonymous().Post("/api/registrations", People.Registration(PointA.PointId))).Expect(201);
        var pendingId = (await A.Get($"/api/volunteers?status=pending&q={pending.Str("reference")}")).Json["items"]!.AsArray().Single()!["id"]!.GetValue<long>();
        var idle = await A.CreateVolunteer(PointA.PointId);
        (await A.Record(idle, 2, Ledger.DaysAgo(1))).Expect(201);
        var proofsBefore = Proofs();
        var refusedPending = (await A.Get($"/api/volunteers/{pendingId}/service-proof.pdf")).Expect(409);
        Assert.That(refusedPending.Str("detail"), Does.Contain("尚未审核通过"));
        var refusedIdle = (await A.Get($"/api/volunteers/{idle}/service-proof.pdf")).Expect(409);
        Assert.That(refusedIdle.Str("detail"), Does.Contain("没有经审核的服务时长"));
        Assert.That(Proofs(), Is.EqualTo(proofsBefore), "no proof number was used up");
    }
}
