using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Audit;

public sealed record AuditFilter(string? Action, string? Entity, string? EntityId, long? AccountId, DateTimeOffset? From, DateTimeOffset? To);

public sealed record ChainCheck(bool Intact, long Entries, long? FirstBrokenId, string HeadHash);

public sealed class AuditQueries(Database db)
{
    public Paged<AuditEntry> List(AuditFilter f, Paging paging)
    {
        var where = new List<string> { "1 = 1" };
        if (f.Action is not null) where.Add("action = @Action");
        if (f.Entity is not null) where.Add("entity = @Entity");
        if (f.EntityId is not null) where.Add("entity_id = @EntityId");
        if (f.AccountId is not null) where.Add("account_id = @AccountId");
        if (f.From is not null) where.Add("at >= @from");
        if (f.To is not null) where.Add("at < @to");
        var clause = " WHERE " + string.Join(" AND ", where);
        var args = Parameters.Of(f, new
        {
            from = f.From is { } a ? TypeHandlers.Format(a) : null,
            to = f.To is { } b ? TypeHandlers.Format(b) : null,
            limit = paging.PageSize,
            offset = paging.Offset,
        });
        return db.Read(c => new Paged<AuditEntry>(
            c.Query<AuditEntry>("SELECT * FROM audit_log" + clause + " ORDER BY id DESC LIMIT @limit OFFSET @offset", args).ToList(),
            paging.Page, paging.PageSize, c.ExecuteScalar<long>("SELECT count(*) FROM audit_log" + clause, args)));
    }

    /// <summary>Walks the whole chain: each entry must hash to its stored hash and follow the entry before it.</summary>
    public ChainCheck Verify() => db.Read(c =>
    {
        var prev = AuditLog.Genesis;
        long count = 0;
        foreach (var entry in c.Query<AuditEntry>("SELECT * FROM audit_log ORDER BY id", buffered: false))
        {
            count++;
            if (entry.PrevHash != prev || AuditLog.HashOf(entry) != entry.Hash) return new ChainCheck(false, count, entry.Id, prev);
            prev = entry.Hash;
        }
        return new ChainCheck(true, count, null, prev);
    });
}
