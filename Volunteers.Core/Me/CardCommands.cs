using Volunteers.Core.Town;
using System.Data.Common;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Me;

/// <summary>Issuing and revoking personal cards: one live card per volunteer, every change in the audit trail, never the key.</summary>
public sealed class CardCommands(Database db, TimeProvider clock)
{
    /// <summary>
    /// A new card from a coordinator or the town office; the old one stops working. The card is rendered inside the transaction
    /// that issues it, so a card that cannot be printed leaves the old one working.
    /// </summary>
    public T Issue<T>(Caller caller, long volunteerId, Func<IssuedCard, T> render) => db.Write(TownQueries.TurnOfVolunteer(db, volunteerId), (c, t) =>
    {
        var volunteer = VolunteerQueries.Reachable(c, t, caller, volunteerId);
        return render(IssueIn(c, t, caller, volunteer, null));
    });

    /// <summary>The card the public form hands out with a registration (again on a retried one, whose first answer was lost).</summary>
    public string IssueAtRegistration(long volunteerId, string? client) => db.Write(TownQueries.TurnOfVolunteer(db, volunteerId), (c, t) =>
        IssueIn(c, t, null, VolunteerQueries.Find(c, t, volunteerId) ?? throw VolunteerQueries.NotFound(), client).Key);

    public void Revoke(Caller caller, long volunteerId) => db.Write(TownQueries.TurnOfVolunteer(db, volunteerId), (c, t) =>
    {
        VolunteerQueries.Reachable(c, t, caller, volunteerId);
        if (!End(c, t, caller, volunteerId, CardEndings.Revoked, clock.GetUtcNow()))
            throw DomainException.NotFound(Text.T("有效的志愿者证", "A live card"));
    });

    /// <summary>Ends the volunteer's live card, if any, inside the caller's transaction (withdrawal, erasure, a new card).</summary>
    internal static bool End(DbConnection c, DbTransaction t, Caller? caller, long volunteerId, string ending, DateTimeOffset now)
    {
        var card = c.ExecuteScalar<long?>("""
            UPDATE volunteer_cards SET revoked_at = @now, revoke_reason = @ending WHERE volunteer_id = @volunteerId AND revoked_at IS NULL
            RETURNING id
            """, new { volunteerId, ending, now }, t);
        if (card is null) return false;
        AuditLog.Write(c, t, TownQueries.OfVolunteer(c, t, volunteerId), caller, "card.revoke", "volunteer", volunteerId, new { card, reason = ending });
        return true;
    }

    private IssuedCard IssueIn(DbConnection c, DbTransaction t, Caller? caller, Volunteer volunteer, string? client)
    {
        if (volunteer.Status == Statuses.Withdrawn)
            throw DomainException.Conflict(Text.T("已退出的志愿者不能再领志愿者证", "A withdrawn volunteer cannot be given a card"));
        var now = clock.GetUtcNow();
        var reissued = End(c, t, caller, volunteer.Id, CardEndings.Reissued, now);
        var key = CardKeys.New();
        var card = c.ExecuteScalar<long>("""
            INSERT INTO volunteer_cards (volunteer_id, key_hash, issued_by, issued_at) VALUES (@id, @hash, @by, @now) RETURNING id
            """, new { id = volunteer.Id, hash = CardKeys.Hash(key), by = caller?.AccountId, now }, t);
        AuditLog.Write(c, t, TownQueries.OfVolunteer(c, t, volunteer.Id), caller, "card.issue", "volunteer", volunteer.Id, new { card, reissued }, client);
        return new IssuedCard(key, volunteer.Id, volunteer.Name, volunteer.VolunteerNo, volunteer.LearningPointName);
    }
}
