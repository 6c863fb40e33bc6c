using Volunteers.Core.Town;
using Volunteers.Core.Audit;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Me;

namespace Volunteers.Core.Volunteers;

/// <summary>
/// Wipes a withdrawn volunteer's personal data on request. The row, its number, gender, category and point stay, and so
/// do the ledger and every total, so the town's figures for past years do not change; the name becomes a pseudonym.
/// </summary>
public sealed class ErasureCommands(Database db, TimeProvider clock, Checkpoints checkpoints)
{
    public const string PseudonymPrefix = "已注销志愿者-";

    public void Erase(Caller caller, long id)
    {
        using var turn = db.WriterTurn();
        using var c = db.Open();
        // SQLite: zeroes freed pages too, not only freed space within a page (what FAST, the connection's default, does).
        // PostgreSQL keeps old row versions until VACUUM, and its WAL: the README says what erasure means there.
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        if (sqlite) c.Execute("PRAGMA secure_delete = ON");
        try
        {
            using (var t = Database.BeginWrite(c))
            {
                var v = VolunteerQueries.Reachable(c, t, caller, id);
                if (v.ErasedAt is not null) return;
                if (v.Status != Statuses.Withdrawn)
                    throw DomainException.Conflict(Text.T("只有已退出的志愿者才能注销个人信息，请先办理退出", "Only a withdrawn volunteer can be erased; withdraw them first"));
                var now = clock.GetUtcNow();
                // A stored idempotent answer (a service record's, say) repeats the name; a retry after erasure is refused anyway.
                c.Execute($"DELETE FROM idempotency_keys WHERE {Dialect.Contains(c, "result", "@Name")} OR (@Mobile IS NOT NULL AND {Dialect.Contains(c, "result", "@Mobile")})",
                    new { v.Name, v.Mobile }, t);
                c.Execute("""
                    UPDATE volunteers SET name = @pseudonym, mobile = NULL, id_number_cipher = NULL, id_number_hash = NULL, id_number_masked = NULL,
                        birth_date = NULL, workplace = NULL, skills = '[]', guardian_name = NULL, guardian_mobile = NULL, erased_at = @now, updated_at = @now
                    WHERE id = @id
                    """, new { id, pseudonym = PseudonymPrefix + v.VolunteerNo, now }, t);
                c.Execute("UPDATE volunteer_status_changes SET reason = NULL WHERE volunteer_id = @id", new { id }, t);
                CardCommands.End(c, t, caller, id, CardEndings.Erased, now);
                c.Execute("DELETE FROM volunteer_cards WHERE volunteer_id = @id", new { id }, t);
                AuditLog.Write(c, t, TownQueries.OfVolunteer(c, t, id), caller, "volunteer.erase", "volunteer", id, new { v.VolunteerNo });
                Database.MarkChanged(c, t);
                t.Commit();
            }
            // The old page images were in the write-ahead log.
            if (sqlite) checkpoints.EmptyLog(c);
        }
        finally
        {
            if (sqlite) c.Execute("PRAGMA secure_delete = FAST");
        }
    }
}
