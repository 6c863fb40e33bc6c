using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.ServiceRecords;

public sealed class ConcurrencyTests
{
    [Test]
    public async Task Fifty_parallel_sheets_approvals_and_redemptions_on_one_volunteer_keep_the_totals_and_a_non_negative_balance()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            var point = await admin.CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var volunteer = await coordinator.CreateVolunteer(point.PointId);
            await Ledger.RecordApproved(coordinator, admin, volunteer, 10, Ledger.DaysAgo(100));
            var activities = new List<long>();
            for (var i = 0; i < 25; i++) activities.Add(await coordinator.CreateActivity(point.PointId, Ledger.DaysAgo(i)));

            var sheets = activities.Select(async activity =>
            {
                var reply = (await coordinator.Post($"/api/activities/{activity}/attendance", new { entries = new[] { new { volunteerId = volunteer, hours = 2 } } })).Expect(201);
                var recordId = reply.Json["created"]![0]!.GetValue<long>();
                (await admin.Post($"/api/service-records/{recordId}/approve")).Expect(200);
            });
            var redemptions = Enumerable.Range(0, 25).Select(async _ =>
            {
                var reply = await coordinator.Post($"/api/volunteers/{volunteer}/redemptions", new { points = 30, item = "纪念品" });
                Assert.That(reply.Code, Is.AnyOf(201, 409));
                return reply.Code == 201;
            }).ToList();
            await Task.WhenAll(sheets.Concat<Task>(redemptions));

            var redeemed = redemptions.Count(r => r.Result) * 30;
            var (hours, points, _) = await coordinator.Totals(volunteer);
            Assert.That(hours, Is.EqualTo(60));
            Assert.That(points, Is.EqualTo(600 - redeemed));
            Assert.That(points, Is.GreaterThanOrEqualTo(0));
            Assert.That(LedgerInvariant.Violations(host.Connect(), [100, 300, 600, 1000, 1500]), Is.Empty);
            using var db = host.Connect();
            // the balance, replayed in order, never dipped below zero
            var running = 0L;
            foreach (var delta in db.Query<long>("SELECT delta FROM points_ledger WHERE volunteer_id = @volunteer ORDER BY id", new { volunteer }))
                Assert.That(running += delta, Is.GreaterThanOrEqualTo(0));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
