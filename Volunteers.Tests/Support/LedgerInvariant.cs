using Dapper;
using System.Data.Common;

namespace Volunteers.Tests.Support;

/// <summary>Recomputes every maintained total from the ledgers and lists where they differ.</summary>
public static class LedgerInvariant
{
    public static IReadOnlyList<string> Violations(DbConnection db, IReadOnlyList<int> starThresholds)
    {
        var problems = new List<string>();
        problems.AddRange(db.Query<string>("""
            SELECT 'lifetime hours of ' || v.id || ': kept ' || coalesce(t.approved_half_hours, 0) || ', ledger ' || coalesce(l.s, 0)
            FROM volunteers v
            LEFT JOIN volunteer_totals t ON t.volunteer_id = v.id
            LEFT JOIN (SELECT volunteer_id, sum(half_hours) AS s FROM service_records WHERE status = 'approved' GROUP BY volunteer_id) l ON l.volunteer_id = v.id
            WHERE coalesce(t.approved_half_hours, 0) <> coalesce(l.s, 0)
            """));
        problems.AddRange(db.Query<string>("""
            SELECT 'year totals of ' || coalesce(y.volunteer_id, l.volunteer_id) || ' in ' || coalesce(y.year, l.year)
            FROM volunteer_year_totals y
            FULL OUTER JOIN (SELECT volunteer_id, CAST(substr(service_date, 1, 4) AS INTEGER) AS year, sum(half_hours) AS s,
                                    sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) AS n
                             FROM service_records WHERE status = 'approved' GROUP BY 1, 2) l
              ON l.volunteer_id = y.volunteer_id AND l.year = y.year
            WHERE coalesce(y.approved_half_hours, 0) <> coalesce(l.s, 0) OR coalesce(y.approved_records, 0) <> coalesce(l.n, 0)
            """));
        problems.AddRange(db.Query<string>("""
            SELECT 'points of ' || t.volunteer_id || ': kept ' || t.points || ', ledger ' || coalesce(l.s, 0)
            FROM volunteer_totals t LEFT JOIN (SELECT volunteer_id, sum(delta) AS s FROM points_ledger GROUP BY volunteer_id) l ON l.volunteer_id = t.volunteer_id
            WHERE t.points <> coalesce(l.s, 0) OR t.points < 0
            """));
        foreach (var (volunteer, halfHours, levels) in db.Query<(long, long, long)>("""
                     SELECT t.volunteer_id, t.approved_half_hours, (SELECT count(*) FROM volunteer_star_levels s WHERE s.volunteer_id = t.volunteer_id)
                     FROM volunteer_totals t
                     """))
        {
            var expected = starThresholds.Count(threshold => halfHours / 2m >= threshold);
            if (levels != expected) problems.Add($"stars of {volunteer}: kept {levels}, hours say {expected}");
        }
        return problems;
    }
}
