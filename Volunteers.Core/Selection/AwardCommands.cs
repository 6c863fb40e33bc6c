using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Town;
using Volunteers.Core.Incentives;
using Volunteers.Core.Numbering;

namespace Volunteers.Core.Selection;

/// <summary>Awards: granted to the confirmed nominees when a year is finalized (numbered certificates, unguessable verification codes, award points), or revoked one by one.</summary>
public sealed class AwardCommands(Database db, AwardQueries awards, SelectionSettings settings, IncentiveSettings incentives, NumberSequences numbers, TimeProvider clock)
{
    /// <summary>A finalized year is changed only this way: one award withdrawn, with the reason kept.</summary>
    public Award Revoke(Caller caller, long id, string reason)
    {
        db.Write(TownQueries.TurnOfAward(db, id), (c, t) =>
        {
            var award = AwardQueries.Query(c, t, "a.id = @id", new { id }).SingleOrDefault();
            if (award is null || !caller.CanReach(award.TownId, null)) throw AwardQueries.NotFound();
            if (award.RevokedAt is not null) throw DomainException.Conflict(Text.T("该奖项已被撤销", "The award is already revoked"));
            var now = clock.GetUtcNow();
            c.Execute("UPDATE awards SET revoked_at = @now, revoke_reason = @reason, revoked_by = @by WHERE id = @id", new { id, now, reason, by = caller.AccountId }, t);
            SelectionCommands.AddStep(c, t, award.TownId, award.Year, "award-revoked", $"award {id}: {reason}", caller, now);
        });
        return awards.Get(caller, id);
    }

    internal IReadOnlyList<Award> Grant(DbConnection c, DbTransaction t, Caller caller, long townId, int year, DateTimeOffset now)
    {
        var town = TownQueries.Find(c, t, townId)!;
        var nominees = c.Query<long>($"""
            SELECT n.volunteer_id FROM nominations n
            JOIN volunteer_year_totals y ON y.volunteer_id = n.volunteer_id AND y.year = n.year
            JOIN volunteers v ON v.id = n.volunteer_id
            JOIN learning_points p ON p.id = v.learning_point_id
            WHERE n.town_id = @townId AND n.year = @year AND n.status = 'confirmed'
            ORDER BY {AwardOrder.Granting}
            """, new { townId, year }, t).ToList();
        foreach (var volunteerId in nominees)
        {
            var number = numbers.Next(c, t, town, NumberKind.Certificate, year);
            var awardId = c.ExecuteScalar<long>("""
                INSERT INTO awards (town_id, volunteer_id, year, title, certificate_no, verification_code, issued_on)
                VALUES (@townId, @volunteerId, @year, @title, @number, @code, @issuedOn) RETURNING id
                """, new { townId, volunteerId, year, title = settings.AwardTitle, number, code = NewCode(), issuedOn = ShanghaiTime.DateOf(now) }, t);
            if (incentives.PointsPerAward > 0)
                LedgerTotals.AddPoints(c, t, volunteerId, incentives.PointsPerAward, "award", null, $"award {awardId}", caller.AccountId, now);
        }
        return AwardQueries.Query(c, t, "a.town_id = @townId AND a.year = @year", new { townId, year });
    }

    /// <summary>130 random bits in Crockford-style base32: unguessable, and safe to read aloud or type from a printed page.</summary>
    public static string NewCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        return RandomNumberGenerator.GetString(alphabet, 26);
    }
}
