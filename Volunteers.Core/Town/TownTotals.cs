using System.Data.Common;
using Dapper;

namespace Volunteers.Core.Town;

/// <summary>What a town's copy must carry over unchanged: its people, its ledger's sums, the totals kept from them and its awards.</summary>
public sealed record TownTotals(long Volunteers, long ApprovedHalfHours, long TotalHalfHours, long Points, long LedgerPoints, long Awards, long Checkins)
{
    public static TownTotals Of(DbConnection c, DbTransaction? t, long town) => c.QuerySingle<TownTotals>("""
        SELECT (SELECT count(*) FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id WHERE p.town_id = @town) AS Volunteers,
               (SELECT CAST(coalesce(sum(r.half_hours), 0) AS BIGINT) FROM service_records r JOIN volunteers v ON v.id = r.volunteer_id
                  JOIN learning_points p ON p.id = v.learning_point_id WHERE p.town_id = @town AND r.status = 'approved') AS ApprovedHalfHours,
               (SELECT CAST(coalesce(sum(x.approved_half_hours), 0) AS BIGINT) FROM volunteer_totals x JOIN volunteers v ON v.id = x.volunteer_id
                  JOIN learning_points p ON p.id = v.learning_point_id WHERE p.town_id = @town) AS TotalHalfHours,
               (SELECT CAST(coalesce(sum(x.points), 0) AS BIGINT) FROM volunteer_totals x JOIN volunteers v ON v.id = x.volunteer_id
                  JOIN learning_points p ON p.id = v.learning_point_id WHERE p.town_id = @town) AS Points,
               (SELECT CAST(coalesce(sum(l.delta), 0) AS BIGINT) FROM points_ledger l JOIN volunteers v ON v.id = l.volunteer_id
                  JOIN learning_points p ON p.id = v.learning_point_id WHERE p.town_id = @town) AS LedgerPoints,
               (SELECT count(*) FROM awards WHERE town_id = @town AND revoked_at IS NULL) AS Awards,
               (SELECT count(*) FROM checkins k JOIN activities a ON a.id = k.activity_id WHERE a.town_id = @town) AS Checkins
        """, new { town }, t);
}
