using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Data;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.CheckIn;

/// <summary>On a town's million records, the check-in list and the statistics' 扫码签到 column must not read the whole ledger.</summary>
[Category(TestHost.SqliteOnly)]
public sealed class CheckinPlanTests
{
    private static string Plan(string sql)
    {
        var folder = Directory.CreateTempSubdirectory("volunteers-plan-").FullName;
        try
        {
            var db = new Database(Path.Combine(folder, "v.db"));
            Migrator.Migrate(db);
            using var c = db.Open();
            return string.Join("\n", c.Query("EXPLAIN QUERY PLAN " + sql).Select(row => (string)row.detail));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Each_line_of_the_live_list_finds_its_record_by_the_check_in()
    {
        var plan = Plan("SELECT r.id FROM service_records r WHERE r.checkin_id = 1");
        Assert.That(plan, Does.Contain("USING COVERING INDEX ix_service_records_checkin (checkin_id=?)"), plan);
    }

    [Test]
    public void The_years_check_in_hours_are_read_from_the_check_in_records_alone()
    {
        var plan = Plan("""
            SELECT sum(r.half_hours) FROM service_records r
            WHERE r.source IN ('check-in', 'reversal') AND r.status = 'approved' AND r.service_date BETWEEN '2027-01-01' AND '2027-12-31'
            """);
        Assert.That(plan, Does.Contain("ix_service_records_source (source=? AND status=? AND service_date>? AND service_date<?)"), plan);
    }
}
