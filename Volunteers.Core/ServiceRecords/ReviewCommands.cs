using Volunteers.Core.Town;
using Volunteers.Core.Audit;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Incentives;

namespace Volunteers.Core.ServiceRecords;

/// <summary>Approval, rejection and reversal: the only ways a recorded hour changes what counts.</summary>
public sealed class ReviewCommands(Database db, ReviewSettings review, IncentiveSettings incentives, TimeProvider clock)
{
    public ServiceRecord Approve(Caller caller, long id) => db.Write(TownQueries.TurnOfRecord(db, id), (c, t) =>
    {
        var record = ServiceRecordQueries.Reachable(c, t, caller, id);
        EnsurePending(record);
        if (review.TwoStepReview && record.RecordedBy == caller.AccountId)
            throw DomainException.Forbidden(Text.T("双人审核已开启：不能审核自己录入的服务记录", "Two-step review is on: you cannot approve a record you recorded"));
        var now = clock.GetUtcNow();
        c.Execute("UPDATE service_records SET status = 'approved', reviewed_by = @by, reviewed_at = @now WHERE id = @id AND status = 'pending'",
            new { id, by = caller.AccountId, now }, t);
        LedgerTotals.ApplyApproved(c, t, incentives, record.VolunteerId, record.ServiceDate, record.HalfHours, 1, id, caller.AccountId, now);
        AuditLog.Write(c, t, TownQueries.OfPoint(c, t, record.LearningPointId), caller, "service-record.approve", "service-record", id, new { record.VolunteerId, record.Hours });
        return ServiceRecordQueries.Find(c, t, id)!;
    });

    public ServiceRecord Reject(Caller caller, long id, string reason) => db.Write(TownQueries.TurnOfRecord(db, id), (c, t) =>
    {
        var record = ServiceRecordQueries.Reachable(c, t, caller, id);
        EnsurePending(record);
        c.Execute("UPDATE service_records SET status = 'rejected', reason = @reason, reviewed_by = @by, reviewed_at = @now WHERE id = @id",
            new { id, reason, by = caller.AccountId, now = clock.GetUtcNow() }, t);
        AuditLog.Write(c, t, TownQueries.OfPoint(c, t, record.LearningPointId), caller, "service-record.reject", "service-record", id, new { record.VolunteerId, reason });
        return ServiceRecordQueries.Find(c, t, id)!;
    });

    /// <returns>The reversal record: approved at once, negative hours, linked to the original.</returns>
    public ServiceRecord Reverse(Caller caller, long id, string reason) => db.Write(TownQueries.TurnOfRecord(db, id), (c, t) =>
    {
        var original = ServiceRecordQueries.Reachable(c, t, caller, id);
        if (original.Status != RecordStatuses.Approved || original.ReversesId is not null)
            throw DomainException.Conflict(Text.T("只能冲正已审核通过的服务记录", "Only an approved service record can be reversed"));
        if (original.ReversedById is not null)
            throw DomainException.Conflict(Text.T("该服务记录已被冲正过", "This service record has already been reversed"));
        var now = clock.GetUtcNow();
        var reversalId = c.ExecuteScalar<long>("""
            INSERT INTO service_records (volunteer_id, learning_point_id, activity_id, service_date, half_hours, content, status, reverses_id,
                                         reason, recorded_by, recorded_at, reviewed_by, reviewed_at, source)
            SELECT volunteer_id, learning_point_id, activity_id, service_date, -half_hours, content, 'approved', id, @reason, @by, @now, @by, @now,
                   'reversal'
            FROM service_records WHERE id = @id
            RETURNING id
            """, new { id, reason, by = caller.AccountId, now }, t);
        LedgerTotals.ApplyApproved(c, t, incentives, original.VolunteerId, original.ServiceDate, -original.HalfHours, -1, reversalId, caller.AccountId, now);
        AuditLog.Write(c, t, TownQueries.OfPoint(c, t, original.LearningPointId), caller, "service-record.reverse", "service-record", id, new { reversalId, original.VolunteerId, original.Hours, reason });
        return ServiceRecordQueries.Find(c, t, reversalId)!;
    });

    private static void EnsurePending(ServiceRecord record)
    {
        if (record.Status != RecordStatuses.Pending)
            throw DomainException.Conflict(Text.T($"该服务记录已是“{Labels.RecordStatus(record.Status)}”状态，不能再审核", $"The record is already {record.Status}"));
    }

}
