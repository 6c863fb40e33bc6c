using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Audit;

public sealed record AuditFilter(string? Action, string? Entity, string? EntityId, long? AccountId, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>One chain's check: a town's (<see cref="TownId"/>), or the district's own (null).</summary>
public sealed record ChainCheck(long? TownId, bool Intact, long Entries, long? FirstBrokenId, string HeadHash);

/// <summary>The chains asked for (a town's, or every town's and the district's own), and whether all are intact.</summary>
public sealed record ChainChecks(bool Intact, long Entries, IReadOnlyList<ChainCheck> Chains);

public sealed class AuditQueries(Database db)
{
    /// <summary>The entries of the caller's town; a district administrator naming no town sees every chain.</summary>
    public Paged<AuditEntry> List(Caller caller, AuditFilter f, Paging paging)
    {
        var where = new List<string> { "1 = 1" };
        if (caller.TownScope is not null) where.Add("town_id = @town");
        if (f.Action is not null) where.Add("action = @Action");
        if (f.Entity is not null) where.Add("entity = @Entity");
        if (f.EntityId is not null) where.Add("entity_id = @EntityId");
        if (f.AccountId is not null) where.Add("account_id = @AccountId");
        if (f.From is not null) where.Add("at >= @from");
        if (f.To is not null) where.Add("at < @to");
        var clause = " WHERE " + string.Join(" AND ", where);
        var args = Parameters.Of(f, new
        {
            town = caller.TownScope,
            from = f.From is { } a ? TypeHandlers.Format(a) : null,
            to = f.To is { } b ? TypeHandlers.Format(b) : null,
            limit = paging.PageSize,
            offset = paging.Offset,
        });
        return db.Read(c => new Paged<AuditEntry>(
            c.Query<AuditEntry>("SELECT * FROM audit_log" + clause + " ORDER BY id DESC LIMIT @limit OFFSET @offset", args).ToList(),
            paging.Page, paging.PageSize, c.ExecuteScalar<long>("SELECT count(*) FROM audit_log" + clause, args)));
    }

    /// <summary>The caller's town's chain, or — for a district administrator naming no town — every town's and the district's own.</summary>
    public ChainChecks Verify(Caller caller) => db.Read(c =>
    {
        IReadOnlyList<long?> chains = caller.TownScope is { } town
            ? [town]
            : [null, .. c.Query<long>("SELECT id FROM towns ORDER BY id").Select(id => (long?)id)];
        var checks = chains.Select(id => VerifyChain(c, null, id)).ToList();
        return new ChainChecks(checks.All(x => x.Intact), checks.Sum(x => x.Entries), checks);
    });

    /// <summary>Walks one whole chain: each entry must hash to its stored hash and follow the entry before it.</summary>
    public static ChainCheck VerifyChain(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction? t, long? townId)
    {
        var prev = AuditLog.Genesis;
        long count = 0;
        foreach (var entry in c.Query<AuditEntry>($"SELECT * FROM audit_log WHERE {AuditLog.InChain(townId)} ORDER BY id", new { townId }, t, buffered: false))
        {
            count++;
            if (entry.PrevHash != prev || AuditLog.HashOf(entry) != entry.Hash) return new ChainCheck(townId, false, count, entry.Id, prev);
            prev = entry.Hash;
        }
        return new ChainCheck(townId, true, count, null, prev);
    }
}
