using System.Security.Cryptography;
using System.Text;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Accounts;

public sealed class AccountQueries(Database db, TimeProvider clock)
{
    private static readonly TimeSpan LastUsedGranularity = TimeSpan.FromMinutes(1);

    public Account? Get(long id) => db.Read(c => c.QuerySingleOrDefault<Account>(Select + " WHERE a.id = @id GROUP BY a.id", new { id }));

    /// <summary>The accounts of the caller's town (a district administrator's named town), or all of them for the district's administrator.</summary>
    public IReadOnlyList<Account> List(Caller caller) => db.Read(c => c.Query<Account>(
        Select + (caller.TownScope is null ? "" : " WHERE a.town_id = @town") + " GROUP BY a.id ORDER BY a.id", new { town = caller.TownScope }).ToList());

    /// <summary>An account's town staff reach theirs; the district's administrators belong to no town and only they reach them.</summary>
    public static bool Reaches(Caller caller, long? accountTownId) => caller.IsDistrictAdmin || (accountTownId is { } town && town == caller.TownId);

    /// <summary>The owner of a live token, or null. Notes when it was last used, at most once a minute.</summary>
    public TokenOwner? Authenticate(string token)
    {
        var hash = Tokens.Hash(token);
        var owner = db.Read(c => c.QuerySingleOrDefault<TokenOwner>("""
            SELECT a.id AS account_id, a.name, a.role, a.town_id, a.learning_point_id, k.id AS token_id, k.token_hash, k.last_used_at
            FROM account_tokens k JOIN accounts a ON a.id = k.account_id
            WHERE k.token_hash = @hash AND k.revoked_at IS NULL
            """, new { hash }));
        // The index found the row by hash; compare again in constant time so the answer's timing says nothing about near misses.
        if (owner is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(owner.TokenHash), Encoding.ASCII.GetBytes(hash)))
            return null;
        var now = clock.GetUtcNow();
        if (owner.LastUsedAt is null || now - owner.LastUsedAt > LastUsedGranularity)
            db.WriteBookkeeping((c, t) => c.Execute("UPDATE account_tokens SET last_used_at = @now WHERE id = @id", new { now, id = owner.TokenId }, t));
        return owner;
    }

    private const string Select = """
        SELECT a.id, a.name, a.mobile, a.role, a.town_id, a.learning_point_id, a.created_at,
               count(k.id) FILTER (WHERE k.revoked_at IS NULL) AS active_tokens, max(k.last_used_at) AS last_used_at
        FROM accounts a LEFT JOIN account_tokens k ON k.account_id = a.id
        """;
}
