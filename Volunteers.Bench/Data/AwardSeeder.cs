using Microsoft.Data.Sqlite;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Selection;

namespace Volunteers.Bench.Data;

/// <summary>
/// A finalized selection of this year, written straight into the seeded file: the active volunteers with the most hours this
/// year get awards with unique certificate numbers and verification codes, as the selection would have granted them.
/// </summary>
public static class AwardSeeder
{
    /// <returns>The year and the number of awards seeded.</returns>
    public static (int Year, int Awards) Create(string path, int awards)
    {
        var year = ShanghaiTime.Today(TimeProvider.System).Year;
        var now = TypeHandlers.Format(DateTimeOffset.UtcNow);
        using var c = (SqliteConnection)new Database(path).Open();
        using var t = c.BeginTransaction();
        Exec(c, t, """
            INSERT INTO selections (town_id, year, min_half_hours, quota, state, notice_starts_at, notice_ends_at, created_by, created_at)
            VALUES (1, $year, 20, $quota, 'finalized', $now, $now, 1, $now)
            """, ("$year", year), ("$quota", awards), ("$now", now));
        var winners = new List<long>();
        using (var query = c.CreateCommand())
        {
            query.Transaction = t;
            query.CommandText = """
                SELECT y.volunteer_id FROM volunteer_year_totals y JOIN volunteers v ON v.id = y.volunteer_id
                WHERE y.year = $year AND v.status = 'active' ORDER BY y.approved_half_hours DESC, y.volunteer_id LIMIT $quota
                """;
            query.Parameters.AddWithValue("$year", year);
            query.Parameters.AddWithValue("$quota", awards);
            using var reader = query.ExecuteReader();
            while (reader.Read()) winners.Add(reader.GetInt64(0));
        }
        var issuedOn = ShanghaiTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        for (var i = 0; i < winners.Count; i++)
            Exec(c, t, """
                INSERT INTO awards (town_id, volunteer_id, year, title, certificate_no, verification_code, issued_on)
                VALUES (1, $v, $year, '优秀社区教育志愿者', $no, $code, $on)
                """, ("$v", winners[i]), ("$year", year), ("$no", $"扶欢社教〔{year}〕第{i + 1:000}号"), ("$code", AwardCommands.NewCode()), ("$on", issuedOn));
        t.Commit();
        return (year, winners.Count);
    }

    private static void Exec(SqliteConnection c, SqliteTransaction t, string sql, params (string Name, object Value)[] args)
    {
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        foreach (var (name, value) in args) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
