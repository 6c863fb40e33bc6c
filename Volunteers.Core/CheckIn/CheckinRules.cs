using System.Data.Common;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.CheckIn;

/// <summary>When a code works, who may check in, what a forgotten check-out becomes, and that no hours are counted twice.</summary>
public static class CheckinRules
{
    public static DateTimeOffset OpensAt(CheckinSettings s, Activity a) => a.Starts.AddMinutes(-s.OpensMinutesBefore);
    public static DateTimeOffset ClosesAt(CheckinSettings s, Activity a) => a.Ends.AddMinutes(s.ClosesMinutesAfter);

    /// <summary>Only an activity with a start and an end can be checked into: its hours come from them.</summary>
    public static void EnsureHasTimes(Activity activity)
    {
        if (activity.StartTime is null)
            throw DomainException.Conflict(Text.T("该活动没有设定开始和结束时间，不能扫码签到；请先为活动填写时间",
                "The activity has no start and end time, so it takes no check-ins; set its times first"));
    }

    /// <summary>The refusal a scan or an entry at <paramref name="at"/> meets, or null where the window is open.</summary>
    public static string? Refusal(CheckinSettings s, Activity activity, DateTimeOffset at)
    {
        if (activity.StartTime is null) return Text.T("该活动不设扫码签到", "The activity takes no check-ins");
        if (activity.IsCancelled) return Text.T($"该活动已取消：{activity.CancelReason}", $"The activity was cancelled: {activity.CancelReason}");
        if (activity.ClosedAt is { } closed)
            return Text.T($"该活动已于 {ShanghaiTime.Format(closed)} 结束签到并关闭", $"Check-in closed with the activity at {ShanghaiTime.Format(closed)}");
        if (at < OpensAt(s, activity))
            return Text.T($"签到尚未开始：签到时间为 {Window(s, activity)}", $"Check-in has not opened: it runs {Window(s, activity)} (Shanghai)");
        if (at > ClosesAt(s, activity))
            return Text.T($"签到已结束：签到时间为 {Window(s, activity)}", $"Check-in has closed: it ran {Window(s, activity)} (Shanghai)");
        return null;
    }

    public static void EnsureOpen(CheckinSettings s, Activity activity, DateTimeOffset at)
    {
        if (Refusal(s, activity, at) is { } refusal) throw DomainException.Conflict(refusal);
    }

    /// <summary>签到时间 as people read it: 2027-03-10 08:00 至 14:00.</summary>
    public static string Window(CheckinSettings s, Activity activity)
    {
        var (opens, closes) = (OpensAt(s, activity), ClosesAt(s, activity));
        var end = ShanghaiTime.DateOf(opens) == ShanghaiTime.DateOf(closes) ? ShanghaiTime.Clock(closes) : ShanghaiTime.Format(closes);
        return $"{ShanghaiTime.Format(opens)} 至 {end}";
    }

    internal static void EnsureMayCheckIn(DbConnection c, DbTransaction t, Volunteer volunteer, Activity activity, out bool signedUp)
    {
        if (volunteer.Status == Statuses.Pending)
            throw DomainException.Conflict(Text.T("志愿者登记尚待审核，审核通过后才能签到", "The volunteer's registration is still pending review"));
        if (volunteer.Status != Statuses.Active || volunteer.ErasedAt is not null)
            throw DomainException.Conflict(Text.T($"志愿者当前状态为「{Labels.VolunteerStatus(volunteer.Status)}」，不能签到", $"A {volunteer.Status} volunteer cannot check in"));
        signedUp = c.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM signups WHERE activity_id = @a AND volunteer_id = @v AND status = 'confirmed')",
            new { a = activity.Id, v = volunteer.Id }, t);
        if (!signedUp && !activity.WalkIns)
            throw DomainException.Conflict(Text.T("该活动只接受已报名（已确认名额）的志愿者签到", "Only volunteers with a confirmed place may check in to this activity"));
    }

    /// <summary>
    /// Where the check-out stands at <paramref name="now"/>: the one recorded; else, once the window has ended or the activity
    /// was closed, the scheduled end (never before the check-in), flagged as closed for the volunteer; else still open.
    /// </summary>
    internal static (DateTimeOffset? Out, bool AutoClosed) EffectiveOut(CheckinSettings s, Activity activity, CheckinRow row, DateTimeOffset now)
    {
        if (row.CheckedOutAt is { } done) return (done, row.AutoClosed);
        if (activity.ClosedAt is null && now <= ClosesAt(s, activity)) return (null, false);
        return (activity.Ends > row.CheckedInAt ? activity.Ends : row.CheckedInAt, true);
    }

    internal static CheckinEntry Entry(CheckinSettings s, Activity activity, CheckinRow row, DateTimeOffset now)
    {
        var (@out, autoClosed) = EffectiveOut(s, activity, row, now);
        int? minutes = @out is { } o ? CheckinHours.CountedMinutes(s, activity, row.CheckedInAt, o) : null;
        return new CheckinEntry(row.Id, row.VolunteerId, row.VolunteerNo, row.Name, row.SignedUp, row.CheckedInAt, @out, minutes,
            minutes is { } m ? CheckinHours.Of(s, m) : null, row.InBy is not null || row.OutBy is not null, autoClosed, row.ServiceRecordId);
    }

    /// <summary>What a third scan is told: what was recorded.</summary>
    internal static DomainException AlreadyDone(CheckinEntry e) => DomainException.Conflict(Text.T(
        $"已于 {ShanghaiTime.Clock(e.In)} 签到、{ShanghaiTime.Clock(e.Out!.Value)} 签退{(e.AutoClosed ? "（未签退，按活动结束时间计）" : "")}，计 {e.Hours} 小时；不能再次签到",
        $"Checked in at {ShanghaiTime.Clock(e.In)} and out at {ShanghaiTime.Clock(e.Out!.Value)}{(e.AutoClosed ? " (closed at the scheduled end)" : "")}: {e.Hours} hours; no further scan"));

    /// <summary>
    /// The live record (pending or approved, not reversed) per volunteer that an activity already has, of one source or of
    /// any: a record typed in or a sheet entry after a check-in gave the hours would count them twice, and so would closing
    /// after either.
    /// </summary>
    public static Dictionary<long, long> LiveRecords(DbConnection c, DbTransaction t, long activityId, IReadOnlyCollection<long> volunteerIds,
        string? source = null) =>
        c.Query<(long VolunteerId, long Id)>($"""
            SELECT r.volunteer_id, min(r.id) FROM service_records r
            WHERE r.activity_id = @activityId AND {Dialect.InList(c, "r.volunteer_id", "@volunteerIds")} AND r.status IN ('pending', 'approved') AND r.reverses_id IS NULL
              {(source is null ? "" : "AND r.source = @source")}
              AND NOT EXISTS (SELECT 1 FROM service_records x WHERE x.reverses_id = r.id)
            GROUP BY r.volunteer_id
            """, new { activityId, volunteerIds, source }, t).ToDictionary(x => x.VolunteerId, x => x.Id);

    public static FieldError CountedTwice(long recordId, string field = "volunteerId") => new(field, Text.T(
        $"该志愿者在这次活动的服务时长已由扫码签到记录（服务记录 {recordId}），不能重复记录",
        $"The volunteer's hours for this activity are already recorded from check-in (service record {recordId})"));
}
