using Volunteers.Core.Town;
using System.Data.Common;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.CheckIn;

/// <summary>
/// Scans, a coordinator's entries for someone without a phone, and closing the activity into pending service records. Each
/// is one write transaction holding SQLite's write lock from its first statement, so two scans of one volunteer never both
/// check in; the unique index stands behind that.
/// </summary>
public sealed class CheckinCommands(Database db, CheckinSettings settings, TimeProvider clock)
{
    /// <summary>The card holder's scan: the first checks in, the second checks out, a third is told what was recorded.</summary>
    public CheckinResult Scan(long volunteerId, string code, DateTimeOffset? deviceTime)
    {
        var now = clock.GetUtcNow();
        if (deviceTime is { } phone && Math.Abs((phone - now).TotalMinutes) > settings.DeviceClockToleranceMinutes)
            throw DomainException.Invalid("deviceTime", Text.T(
                $"手机时间（{ShanghaiTime.Format(phone)}）与北京时间（{ShanghaiTime.Format(now)}）不一致，请把手机设为自动设置时间后再扫码；签到时间以服务器为准",
                $"The phone's clock ({ShanghaiTime.Format(phone)}) is not Beijing time ({ShanghaiTime.Format(now)}); set it to automatic and scan again"));
        // The activity's town's turn (PostgreSQL; SQLite's one writer holds every turn already).
        var town = db.Provider == DatabaseProvider.Postgres && CheckinCodes.IsWellFormed(code)
            ? db.Read(c => CheckinQueries.ActivityOf(c, null, code))?.TownId
            : null;
        return db.Write(town, (c, t) =>
        {
            var activity = (CheckinCodes.IsWellFormed(code) ? CheckinQueries.ActivityOf(c, t, code) : null) ?? throw NoCode();
            var volunteer = VolunteerQueries.Find(c, t, volunteerId) ?? throw VolunteerQueries.NotFound();
            if (TownQueries.OfVolunteer(c, t, volunteer.Id) != activity.TownId) throw Signups.SignupRules.OtherTown();
            CheckinRules.EnsureOpen(settings, activity, now);
            var row = CheckinQueries.Row(c, t, activity.Id, volunteerId);
            if (row is null) return CheckIn(c, t, activity, volunteer, null, now);
            var entry = CheckinRules.Entry(settings, activity, row, now);
            if (entry.Out is not null) throw CheckinRules.AlreadyDone(entry);
            return CheckOut(c, t, activity, row, null, now);
        });
    }

    /// <summary>A coordinator checks a volunteer they reach in or out, now or at a time of the window that has passed; audited.</summary>
    public CheckinResult Enter(Caller staff, long activityId, long volunteerId, string action, DateTimeOffset? at) => db.Write(TownQueries.TurnOfActivity(db, activityId), (c, t) =>
    {
        var activity = ActivityQueries.Reachable(c, t, staff, activityId);
        var volunteer = VolunteerQueries.Reachable(c, t, staff, volunteerId);
        var now = clock.GetUtcNow();
        var when = (at ?? now).ToUniversalTime();
        if (when > now) throw DomainException.Invalid("at", Text.T("时间不能晚于现在", "The time cannot be in the future"));
        if (CheckinRules.Refusal(settings, activity, when) is { } refusal)
            throw at is null || activity.IsCancelled || activity.ClosedAt is not null ? DomainException.Conflict(refusal) : DomainException.Invalid("at", refusal);
        var row = CheckinQueries.Row(c, t, activityId, volunteerId);
        CheckinResult result;
        if (action == CheckinActions.In)
        {
            if (row is not null)
                throw DomainException.Conflict(Text.T($"该志愿者已于 {ShanghaiTime.Clock(row.CheckedInAt)} 签到", $"Already checked in at {ShanghaiTime.Clock(row.CheckedInAt)}"));
            result = CheckIn(c, t, activity, volunteer, staff, when);
        }
        else
        {
            if (row is null) throw DomainException.Conflict(Text.T("该志愿者尚未签到，不能签退", "The volunteer has not checked in"));
            if (row.CheckedOutAt is not null) throw CheckinRules.AlreadyDone(CheckinRules.Entry(settings, activity, row, now));
            if (when < row.CheckedInAt)
                throw DomainException.Invalid("at", Text.T($"签退时间不能早于签到时间 {ShanghaiTime.Clock(row.CheckedInAt)}",
                    $"The check-out cannot be before the check-in at {ShanghaiTime.Clock(row.CheckedInAt)}"));
            result = CheckOut(c, t, activity, row, staff, when);
        }
        AuditLog.Write(c, t, TownQueries.OfActivity(c, t, activityId), staff, "checkin.manual", "activity", activityId, new { volunteerId, action, at = when });
        return result;
    });

    /// <summary>
    /// After the end, once: forgotten check-outs close at the scheduled end, and every volunteer whose stay counts gets one
    /// pending record, within the day's 24 hours; all in one transaction, then the usual review.
    /// </summary>
    public CloseResult Close(Caller staff, long activityId) => db.Write(TownQueries.TurnOfActivity(db, activityId), (c, t) =>
    {
        var activity = ActivityQueries.Reachable(c, t, staff, activityId);
        var now = clock.GetUtcNow();
        if (activity.IsCancelled) throw ActivityCommands.Cancelled();
        if (activity.ClosedAt is { } closed)
            throw DomainException.Conflict(Text.T($"该活动已于 {ShanghaiTime.Format(closed)} 关闭，不能重复关闭", $"The activity was already closed at {ShanghaiTime.Format(closed)}"));
        if (now < activity.Ends)
            throw DomainException.Conflict(Text.T($"活动结束（{ShanghaiTime.Format(activity.Ends)}）后才能关闭", $"The activity can be closed after it ends ({ShanghaiTime.Format(activity.Ends)})"));

        var closing = activity with { ClosedAt = now };
        var rows = CheckinQueries.Rows(c, t, activityId).ToList();
        var ids = rows.Select(r => r.VolunteerId).ToList();
        var states = RecordingRules.States(c, t, ids);
        var dayTotals = RecordingRules.DayTotals(c, t, ids, activity.Date);
        var recorded = CheckinRules.LiveRecords(c, t, activityId, ids);
        var records = new List<ServiceRecordCommands.NewRow>();
        var skipped = new List<CloseSkip>();
        foreach (var row in rows)
        {
            var entry = CheckinRules.Entry(settings, closing, row, now);
            if (row.CheckedOutAt is null)
                c.Execute("UPDATE checkins SET checked_out_at = @out, auto_closed = 1 WHERE id = @id", new { id = row.Id, @out = entry.Out }, t);
            var state = states[row.VolunteerId];
            var room = Hours.ToHalfHours(Hours.MaxPerDay) - dayTotals.GetValueOrDefault(row.VolunteerId);
            var halfHours = Math.Min(Hours.ToHalfHours(entry.Hours!.Value), room);
            if (recorded.TryGetValue(row.VolunteerId, out var existing))
                skipped.Add(new(row.VolunteerId, Text.T($"这次活动已有服务记录 {existing}", $"Service record {existing} already covers this activity"), existing));
            else if (state.Status == Statuses.Withdrawn || state.ErasedAt is not null)
                skipped.Add(new(row.VolunteerId, Text.T("志愿者已退出", "The volunteer has withdrawn")));
            else if (entry.Hours == 0)
                skipped.Add(new(row.VolunteerId, Text.T($"计时 {entry.Minutes} 分钟，不足 {settings.HalfHourFromMinutes} 分钟不计时长",
                    $"{entry.Minutes} minutes counted, under {settings.HalfHourFromMinutes}")));
            else if (halfHours <= 0)
                skipped.Add(new(row.VolunteerId, Text.T("当天服务时长已满 24 小时", "The day's 24 hours are already recorded")));
            else
                records.Add(new(new RecordingRules.Target(row.VolunteerId, state.LearningPointId), halfHours, row.Id));
        }
        var created = ServiceRecordCommands.Insert(c, t, staff, records, activityId, null, activity.Date, activity.Title, now, RecordSources.CheckIn);
        c.Execute("UPDATE activities SET closed_at = @now, closed_by = @by, updated_at = @now WHERE id = @activityId", new { activityId, now, by = staff.AccountId }, t);
        AuditLog.Write(c, t, TownQueries.OfActivity(c, t, activityId), staff, "activity.close", "activity", activityId, new { checkins = rows.Count, created = created.Count, skipped = skipped.Count });
        return new CloseResult(activityId, now, created, skipped);
    });

    private CheckinResult CheckIn(DbConnection c, DbTransaction t, Activity activity, Volunteer volunteer, Caller? staff, DateTimeOffset at)
    {
        CheckinRules.EnsureMayCheckIn(c, t, volunteer, activity, out var signedUp);
        var id = c.ExecuteScalar<long>("""
            INSERT INTO checkins (activity_id, volunteer_id, signed_up, checked_in_at, in_by) VALUES (@activityId, @volunteerId, @signedUp, @at, @by)
            RETURNING id
            """, new { activityId = activity.Id, volunteerId = volunteer.Id, signedUp, at, by = staff?.AccountId }, t);
        return new CheckinResult(id, activity.Id, volunteer.Id, CheckinActions.In, at, null, null);
    }

    private CheckinResult CheckOut(DbConnection c, DbTransaction t, Activity activity, CheckinRow row, Caller? staff, DateTimeOffset at)
    {
        c.Execute("UPDATE checkins SET checked_out_at = @at, out_by = @by WHERE id = @id", new { id = row.Id, at, by = staff?.AccountId }, t);
        var minutes = CheckinHours.CountedMinutes(settings, activity, row.CheckedInAt, at);
        return new CheckinResult(row.Id, activity.Id, row.VolunteerId, CheckinActions.Out, at, minutes, CheckinHours.Of(settings, minutes));
    }

    public static DomainException NoCode() => DomainException.NotFound(Text.T("签到码", "Check-in code"));
}
