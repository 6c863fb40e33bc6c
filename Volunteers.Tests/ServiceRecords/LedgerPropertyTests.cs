using CsCheck;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.ServiceRecords;

/// <summary>Whatever sequence of records, reviews, reversals and redemptions happens, the kept totals equal the ledgers.</summary>
public sealed class LedgerPropertyTests
{
    private static readonly int[] Thresholds = [5, 12, 20];

    [Test]
    public void Maintained_totals_always_equal_a_recomputation_from_the_ledger()
    {
        var host = new TestHost(settings: new Dictionary<string, string?>
        {
            ["Volunteers:Incentives:StarThresholds"] = string.Join(',', Thresholds),
            ["Volunteers:Incentives:PointsPerHour"] = "3",
        });
        try
        {
            var point = host.Admin().CreatePointWithCoordinator().GetAwaiter().GetResult();
            var coordinator = host.As(point.Token);
            var admin = host.Admin();

            var operation = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int[1, 24], Gen.Int[0, 400], Gen.Int[1, 40]);
            operation.Array[5, 40].Sample(ops =>
            {
                var volunteers = Enumerable.Range(0, 3).Select(_ => coordinator.CreateVolunteer(point.PointId).GetAwaiter().GetResult()).ToArray();
                var pending = new List<long>();
                var approved = new List<long>();
                foreach (var (kind, who, halfHours, dayOrPick, redeem) in ops)
                {
                    var volunteer = volunteers[who];
                    switch (kind)
                    {
                        case 0:
                            var reply = coordinator.Record(volunteer, halfHours / 2m, Ledger.DaysAgo(dayOrPick % 3 * 200)).GetAwaiter().GetResult();
                            if (reply.Code == 201) pending.Add(reply.Id);
                            else Assert.That(reply.Code, Is.EqualTo(400), "only the daily limit may refuse a record here");
                            break;
                        case 1 when pending.Count > 0:
                            var toApprove = Take(pending, dayOrPick);
                            admin.Post($"/api/service-records/{toApprove}/approve").GetAwaiter().GetResult().Expect(200);
                            approved.Add(toApprove);
                            break;
                        case 2 when pending.Count > 0:
                            admin.Post($"/api/service-records/{Take(pending, dayOrPick)}/reject", new { reason = "不符" }).GetAwaiter().GetResult().Expect(200);
                            break;
                        case 3 when approved.Count > 0:
                            coordinator.Post($"/api/service-records/{Take(approved, dayOrPick)}/reverse", new { reason = "更正" }).GetAwaiter().GetResult().Expect(201);
                            break;
                        case 4:
                            var spent = coordinator.Post($"/api/volunteers/{volunteer}/redemptions", new { points = redeem, item = "纪念品" }).GetAwaiter().GetResult();
                            Assert.That(spent.Code, Is.AnyOf(201, 409));
                            break;
                    }
                }
                var violations = LedgerInvariant.Violations(host.Connect(), Thresholds);
                Assert.That(violations, Is.Empty);
            }, iter: 25, threads: 1);
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    private static long Take(List<long> ids, int pick)
    {
        var id = ids[pick % ids.Count];
        ids.Remove(id);
        return id;
    }
}
