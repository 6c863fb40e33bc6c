using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Data;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Me;

[Category(TestHost.SqliteOnly)]
public sealed class MyOverviewPlanTests
{
    [Test]
    public void A_volunteers_pending_hours_are_found_by_volunteer_not_among_all_the_towns_pending_records()
    {
        var folder = Directory.CreateTempSubdirectory("volunteers-plan-").FullName;
        try
        {
            var db = new Database(Path.Combine(folder, "v.db"));
            Migrator.Migrate(db);
            using var c = db.Open();
            var plan = string.Join("\n", c.Query("EXPLAIN QUERY PLAN SELECT sum(half_hours) FROM service_records WHERE volunteer_id = 1 AND status = 'pending'")
                .Select(row => (string)row.detail));
            Assert.That(plan, Does.Contain("volunteer_id=? AND status=?"), plan);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
