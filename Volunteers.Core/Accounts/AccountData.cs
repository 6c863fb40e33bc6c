using Volunteers.Core.Audit;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Accounts;

public sealed class AccountData(Database db, TimeProvider clock)
{
    private static readonly TimeSpan LastUsedGranularity = TimeSpan.FromMinutes(1);

    /// <returns>The account and its first token, which is shown only this once.</returns>
    public (Account Account, string Token) Create(Caller caller, AccountInput input)
    {
        var token = Tokens.New();
        var id = db.Write((c, t) =>
        {
            if (input.LearningPointId is { } pointId && c.ExecuteScalar<long?>("SELECT id FROM learning_points WHERE id = @pointId", new { pointId }, t) is null)
                throw DomainException.Invalid("learningPointId", Text.T("学习点不存在", "The learning point does not exist"));
            var accountId = c.ExecuteScalar<long>("""
                INSERT INTO accounts (name, mobile, role, learning_point_id, created_at) VALUES (@Name, @Mobile, @Role, @LearningPointId, @now)
                RETURNING id
                """, new { input.Name, input.Mobile, input.Role, input.LearningPointId, now = clock.GetUtcNow() }, t);
            InsertToken(c, t, accountId, token);
            AuditLog.Write(c, t, caller, "account.create", "account", accountId, new { input.Role, input.LearningPointId });
            return accountId;
        });
        return (Get(id)!, token);
    }

    /// <summary>Creates the first town administrator when the database has no account yet.</summary>
    public bool Bootstrap(string token)
    {
        return db.Write((c, t) =>
        {
            if (c.ExecuteScalar<long>("SELECT count(*) FROM accounts", transaction: t) > 0) return false;
            var id = c.ExecuteScalar<long>("""
                INSERT INTO accounts (name, role, created_at) VALUES ('镇管理员', 'town-admin', @now) RETURNING id
                """, new { now = clock.GetUtcNow() }, t);
            InsertToken(c, t, id, token);
            AuditLog.Write(c, t, null, "account.bootstrap", "account", id, client: "service start-up");
            return true;
        });
    }

    public string IssueToken(Caller caller, long accountId)
    {
        var token = Tokens.New();
        db.Write((c, t) =>
        {
            if (c.ExecuteScalar<long?>("SELECT id FROM accounts WHERE id = @accountId", new { accountId }, t) is null) throw NotFound();
            InsertToken(c, t, accountId, token);
            AuditLog.Write(c, t, caller, "token.issue", "account", accountId);
        });
        return token;
    }

    public int RevokeTokens(Caller caller, long accountId) => db.Write((c, t) =>
    {
        if (c.ExecuteScalar<long?>("SELECT id FROM accounts WHERE id = @accountId", new { accountId }, t) is null) throw NotFound();
        var revoked = c.Execute("UPDATE account_tokens SET revoked_at = @now WHERE account_id = @accountId AND revoked_at IS NULL",
            new { accountId, now = clock.GetUtcNow() }, t);
        AuditLog.Write(c, t, caller, "token.revoke-all", "account", accountId, new { revoked });
        return revoked;
    });

    public Account? Get(long id) => db.Read(c => c.QuerySingleOrDefault<Account>(Select + " WHERE a.id = @id GROUP BY a.id", new { id }));

    public IReadOnlyList<Account> List() => db.Read(c => c.Query<Account>(Select + " GROUP BY a.id ORDER BY a.id").ToList());

    /// <summary>The owner of a live token, or null. Notes when it was last used, at most once a minute.</summary>
    public TokenOwner? Authenticate(string token)
    {
        var hash = Tokens.Hash(token);
        var owner = db.Read(c => c.QuerySingleOrDefault<TokenOwner>("""
            SELECT a.id AS account_id, a.name, a.role, a.learning_point_id, k.id AS token_id, k.token_hash, k.last_used_at
            FROM account_tokens k JOIN accounts a ON a.id = k.account_id
            WHERE k.token_hash = @hash AND k.revoked_at IS NULL
            """, new { hash }));
        // The index found the row by hash; compare again in constant time so the answer's timing says nothing about near misses.
        if (owner is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(owner.TokenHash), Encoding.ASCII.GetBytes(hash)))
            return null;
        var now = clock.GetUtcNow();
        if (owner.LastUsedAt is null || now - owner.LastUsedAt > LastUsedGranularity)
            db.Write((c, t) => c.Execute("UPDATE account_tokens SET last_used_at = @now WHERE id = @id", new { now, id = owner.TokenId }, t));
        return owner;
    }

    private const string Select = """
        SELECT a.id, a.name, a.mobile, a.role, a.learning_point_id, a.created_at,
               count(k.id) FILTER (WHERE k.revoked_at IS NULL) AS active_tokens, max(k.last_used_at) AS last_used_at
        FROM accounts a LEFT JOIN account_tokens k ON k.account_id = a.id
        """;

    private void InsertToken(SqliteConnection c, SqliteTransaction t, long accountId, string token) =>
        c.Execute("INSERT INTO account_tokens (account_id, token_hash, created_at) VALUES (@accountId, @hash, @now)",
            new { accountId, hash = Tokens.Hash(token), now = clock.GetUtcNow() }, t);

    private static DomainException NotFound() => DomainException.NotFound(Text.T("账号", "Account"));
}
