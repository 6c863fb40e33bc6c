using System.Data.Common;
using Volunteers.Core.Audit;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.LearningPoints;
using Volunteers.Core.Town;

namespace Volunteers.Core.Accounts;

public sealed class AccountCommands(Database db, AccountQueries accounts, TimeProvider clock)
{
    /// <returns>The account and its first token, which is shown only this once.</returns>
    public (Account Account, string Token) Create(Caller caller, AccountInput input)
    {
        if (input.Role == Roles.DistrictAdmin && !caller.IsDistrictAdmin)
            throw DomainException.Forbidden(Text.T("只有区管理员可以创建区管理员账号", "Only a district administrator may create one"));
        var token = Tokens.New();
        var id = db.Write((c, t) =>
        {
            if (input.LearningPointId is { } pointId) LearningPointQueries.EnsureReachable(c, t, caller, pointId);
            long? town = input.Role switch
            {
                Roles.DistrictAdmin => null,
                Roles.PointCoordinator => TownQueries.OfPoint(c, t, input.LearningPointId!.Value),
                _ => TownQueries.Resolve(c, t, caller, input.TownId),
            };
            // A mobile names one person at the office: a second account with it is a mistake (or the same person twice).
            if (input.Mobile is not null && c.ExecuteScalar<long?>("SELECT id FROM accounts WHERE mobile = @Mobile", new { input.Mobile }, t) is not null)
                throw DomainException.Conflict(Text.T("该手机号码已有账号", "An account with this mobile already exists"), "mobile");
            var accountId = c.ExecuteScalar<long>("""
                INSERT INTO accounts (name, mobile, role, town_id, learning_point_id, created_at) VALUES (@Name, @Mobile, @Role, @town, @LearningPointId, @now)
                RETURNING id
                """, new { input.Name, input.Mobile, input.Role, town, input.LearningPointId, now = clock.GetUtcNow() }, t);
            InsertToken(c, t, accountId, token);
            AuditLog.Write(c, t, town, caller, "account.create", "account", accountId, new { input.Role, townId = town, input.LearningPointId });
            return accountId;
        });
        return (accounts.Get(id)!, token);
    }

    /// <summary>Creates the first administrator, of the district, when the database has no account yet.</summary>
    public bool Bootstrap(string token)
    {
        return db.Write((c, t) =>
        {
            // A district database that received its first town by copy-town has that town's accounts but no district administrator yet.
            if (c.ExecuteScalar<long>("SELECT count(*) FROM accounts WHERE role = 'district-admin'", transaction: t) > 0) return false;
            var id = c.ExecuteScalar<long>("""
                INSERT INTO accounts (name, role, created_at) VALUES ('区管理员', 'district-admin', @now) RETURNING id
                """, new { now = clock.GetUtcNow() }, t);
            InsertToken(c, t, id, token);
            AuditLog.Write(c, t, null, null, "account.bootstrap", "account", id, client: "service start-up");
            return true;
        });
    }

    public string IssueToken(Caller caller, long accountId)
    {
        var token = Tokens.New();
        db.Write((c, t) =>
        {
            var town = EnsureReachable(c, t, caller, accountId);
            InsertToken(c, t, accountId, token);
            AuditLog.Write(c, t, town, caller, "token.issue", "account", accountId);
        });
        return token;
    }

    public int RevokeTokens(Caller caller, long accountId) => db.Write((c, t) =>
    {
        var town = EnsureReachable(c, t, caller, accountId);
        var revoked = c.Execute("UPDATE account_tokens SET revoked_at = @now WHERE account_id = @accountId AND revoked_at IS NULL",
            new { accountId, now = clock.GetUtcNow() }, t);
        AuditLog.Write(c, t, town, caller, "token.revoke-all", "account", accountId, new { revoked });
        return revoked;
    });

    private void InsertToken(DbConnection c, DbTransaction t, long accountId, string token) =>
        c.Execute("INSERT INTO account_tokens (account_id, token_hash, created_at) VALUES (@accountId, @hash, @now)",
            new { accountId, hash = Tokens.Hash(token), now = clock.GetUtcNow() }, t);

    /// <returns>The account's town; null for a district administrator's.</returns>
    private static long? EnsureReachable(DbConnection c, DbTransaction t, Caller caller, long accountId)
    {
        var account = c.QuerySingleOrDefault<(long Id, long? TownId)?>("SELECT id, town_id FROM accounts WHERE id = @accountId", new { accountId }, t);
        if (account is not { } found || !AccountQueries.Reaches(caller, found.TownId)) throw NotFound();
        return found.TownId;
    }

    internal static DomainException NotFound() => DomainException.NotFound(Text.T("账号", "Account"));
}
