using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Common;
using Volunteers.Core.Incentives;

namespace Volunteers.Core.Selection;

/// <summary>Grants the confirmed nominees their awards: numbered certificates, unguessable verification codes and award points.</summary>
public sealed class AwardIssuer(SelectionSettings settings, IncentiveSettings incentives)
{
    internal IReadOnlyList<Award> Grant(SqliteConnection c, SqliteTransaction t, Caller caller, int year, DateTimeOffset now)
    {
        var nominees = c.Query<long>("""
            SELECT n.volunteer_id FROM nominations n
            JOIN volunteer_year_totals y ON y.volunteer_id = n.volunteer_id AND y.year = n.year
            JOIN volunteers v ON v.id = n.volunteer_id
            WHERE n.year = @year AND n.status = 'confirmed'
            ORDER BY v.learning_point_id, y.approved_half_hours DESC, y.approved_records DESC, v.created_at
            """, new { year }, t).ToList();
        var sequence = 0;
        foreach (var volunteerId in nominees)
        {
            var number = string.Format(CultureInfo.InvariantCulture, settings.CertificateNumberFormat, year, ++sequence);
            var awardId = c.ExecuteScalar<long>("""
                INSERT INTO awards (volunteer_id, year, title, certificate_no, verification_code, issued_on)
                VALUES (@volunteerId, @year, @title, @number, @code, @issuedOn) RETURNING id
                """, new { volunteerId, year, title = settings.AwardTitle, number, code = NewCode(), issuedOn = ShanghaiTime.DateOf(now) }, t);
            if (incentives.PointsPerAward > 0)
                LedgerTotals.AddPoints(c, t, volunteerId, incentives.PointsPerAward, "award", null, $"award {awardId}", caller.AccountId, now);
        }
        return AwardData.Query(c, t, "a.year = @year", new { year });
    }

    /// <summary>130 random bits in Crockford-style base32: unguessable, and safe to read aloud or type from a printed page.</summary>
    public static string NewCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        return RandomNumberGenerator.GetString(alphabet, 26);
    }
}
