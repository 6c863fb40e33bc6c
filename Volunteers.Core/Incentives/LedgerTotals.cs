using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;

namespace Volunteers.Core.Incentives;

/// <summary>
/// Keeps the totals that lists, progress, the leaderboard and the selection read in step with the ledger, inside the
/// transaction of the ledger write itself.
/// </summary>
public static class LedgerTotals
{
    public static void ApplyApproved(DbConnection c, DbTransaction t, IncentiveSettings settings, long volunteerId, DateOnly serviceDate,
        long halfHours, int recordsDelta, long serviceRecordId, long? by, DateTimeOffset now)
    {
        c.Execute("""
            INSERT INTO volunteer_totals (volunteer_id, approved_half_hours) VALUES (@volunteerId, @halfHours)
            ON CONFLICT (volunteer_id) DO UPDATE SET approved_half_hours = volunteer_totals.approved_half_hours + @halfHours
            """, new { volunteerId, halfHours }, t);
        c.Execute("""
            INSERT INTO volunteer_year_totals (volunteer_id, year, approved_half_hours, approved_records) VALUES (@volunteerId, @year, @halfHours, @recordsDelta)
            ON CONFLICT (volunteer_id, year) DO UPDATE SET approved_half_hours = volunteer_year_totals.approved_half_hours + @halfHours,
                                                          approved_records = volunteer_year_totals.approved_records + @recordsDelta
            """, new { volunteerId, year = serviceDate.Year, halfHours, recordsDelta }, t);

        var points = settings.PointsFor(halfHours);
        if (points < 0)
        {
            // Points already redeemed stay redeemed: a reversal takes back only what is left, so the balance never goes below zero.
            var balance = c.ExecuteScalar<int>("SELECT points FROM volunteer_totals WHERE volunteer_id = @volunteerId", new { volunteerId }, t);
            points = Math.Max(points, -balance);
        }
        if (points != 0) AddPoints(c, t, volunteerId, points, halfHours > 0 ? "service" : "reversal", serviceRecordId, null, by, now);

        var hours = c.ExecuteScalar<long>("SELECT approved_half_hours FROM volunteer_totals WHERE volunteer_id = @volunteerId", new { volunteerId }, t) / 2m;
        UpdateStars(c, t, volunteerId, settings.StarLevel(hours), ShanghaiTime.DateOf(now));
    }

    public static void AddPoints(DbConnection c, DbTransaction t, long volunteerId, int delta, string kind, long? serviceRecordId,
        string? item, long? by, DateTimeOffset now)
    {
        // The row first, then the change: SQLite checks points >= 0 on an upsert's candidate row before it resolves the conflict.
        c.Execute("INSERT INTO volunteer_totals (volunteer_id) VALUES (@volunteerId) ON CONFLICT DO NOTHING", new { volunteerId }, t);
        c.Execute("UPDATE volunteer_totals SET points = points + @delta WHERE volunteer_id = @volunteerId", new { volunteerId, delta }, t);
        c.Execute("""
            INSERT INTO points_ledger (volunteer_id, delta, kind, service_record_id, item, created_by, created_at)
            VALUES (@volunteerId, @delta, @kind, @serviceRecordId, @item, @by, @now)
            """, new { volunteerId, delta, kind, serviceRecordId, item, by, now }, t);
    }

    private static void UpdateStars(DbConnection c, DbTransaction t, long volunteerId, int level, DateOnly today)
    {
        c.Execute("DELETE FROM volunteer_star_levels WHERE volunteer_id = @volunteerId AND level > @level", new { volunteerId, level }, t);
        for (var l = 1; l <= level; l++)
            c.Execute("INSERT INTO volunteer_star_levels (volunteer_id, level, reached_on) VALUES (@volunteerId, @l, @today) ON CONFLICT DO NOTHING",
                new { volunteerId, l, today }, t);
    }
}
