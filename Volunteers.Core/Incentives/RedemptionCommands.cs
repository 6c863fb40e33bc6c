using Volunteers.Core.Town;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Incentives;

public sealed class RedemptionCommands(Database db, TimeProvider clock)
{
    /// <summary>Spends points on a reward; the conditional update makes a short balance a 409 even under concurrent redemptions.</summary>
    public Redemption Redeem(Caller caller, long volunteerId, int points, string item, IdempotencyKey? key) => db.WriteOnce(key, (c, t) =>
    {
        VolunteerQueries.Reachable(c, t, caller, volunteerId);
        var spent = c.Execute("UPDATE volunteer_totals SET points = points - @points WHERE volunteer_id = @volunteerId AND points >= @points",
            new { volunteerId, points }, t);
        if (spent == 0)
        {
            var balance = c.ExecuteScalar<int?>("SELECT points FROM volunteer_totals WHERE volunteer_id = @volunteerId", new { volunteerId }, t) ?? 0;
            throw DomainException.Conflict(Text.T($"积分余额不足：现有 {balance} 分，兑换需要 {points} 分", $"Not enough points: {balance} available, {points} needed"), "points");
        }
        var now = clock.GetUtcNow();
        var id = c.ExecuteScalar<long>("""
            INSERT INTO points_ledger (volunteer_id, delta, kind, item, created_by, created_at) VALUES (@volunteerId, -@points, 'redemption', @item, @by, @now)
            RETURNING id
            """, new { volunteerId, points, item, by = caller.AccountId, now }, t);
        AuditLog.Write(c, t, TownQueries.OfVolunteer(c, t, volunteerId), caller, "points.redeem", "volunteer", volunteerId, new { points, item });
        var left = c.ExecuteScalar<int>("SELECT points FROM volunteer_totals WHERE volunteer_id = @volunteerId", new { volunteerId }, t);
        return new Redemption(id, volunteerId, points, item, left, now);
    }, clock, TownQueries.TurnOfVolunteer(db, volunteerId));
}
