using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.CheckIn;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.LearningPoints;
using Volunteers.Core.Signups;
using Volunteers.Core.Town;

namespace Volunteers.Core.Activities;

public sealed class ActivityCommands(Database db, TimeProvider clock)
{
    private const string Fields = """
        title = @Title, type = @Type, date = @Date, location = @Location, start_time = @StartTime, end_time = @EndTime,
        description = @Description, capacity = @Capacity, signup_open = @SignupOpen, signup_deadline = @SignupDeadline,
        waitlist = @Waitlist, walk_ins = @WalkIns, updated_at = @now
        """;

    public Activity Create(Caller caller, ActivityInput input)
    {
        ActivityRules.Check(input);
        // A town-level activity's town is known once the caller's is resolved: it takes the district's turn.
        var id = db.Write(input.LearningPointId is { } pointId ? TownQueries.TurnOfPoint(db, pointId) : null, (c, t) =>
        {
            if (input.LearningPointId is { } reached) LearningPointQueries.EnsureReachable(c, t, caller, reached);
            else if (!caller.IsAdmin)
                throw DomainException.Invalid("learningPointId", Text.T("学习点联络员只能为本学习点创建活动", "A coordinator creates activities of their own learning point"));
            var town = input.LearningPointId is { } point ? TownQueries.OfPoint(c, t, point) : TownQueries.Resolve(c, t, caller, input.TownId);
            var activityId = c.ExecuteScalar<long>("""
                INSERT INTO activities (town_id, title, type, learning_point_id, date, location, start_time, end_time, description, capacity, signup_open,
                                        signup_deadline, waitlist, walk_ins, checkin_code, created_by, created_at, updated_at)
                VALUES (@town, @Title, @Type, @LearningPointId, @Date, @Location, @StartTime, @EndTime, @Description, @Capacity, @SignupOpen,
                        @SignupDeadline, @Waitlist, @WalkIns, @code, @by, @now, @now) RETURNING id
                """, Parameters.Of(input, new { town, by = caller.AccountId, now = clock.GetUtcNow(), code = CheckinCodes.New() }), t);
            AuditLog.Write(c, t, town, caller, "activity.create", "activity", activityId, new { input.Type, input.LearningPointId, input.Date, input.Capacity });
            return activityId;
        });
        return db.Read(c => ActivityQueries.Find(c, null, id))!;
    }

    /// <summary>Changes what was sent; more places (or none to count) confirm the waitlist's first in the same transaction.</summary>
    public Activity Update(Caller caller, long id, ActivityPatch patch) => db.Write(TownQueries.TurnOfActivity(db, id), (c, t) =>
    {
        var current = ActivityQueries.Reachable(c, t, caller, id);
        if (current.IsCancelled) throw Cancelled();
        if (current.ClosedAt is not null) throw Closed();
        var input = patch.ApplyTo(current);
        ActivityRules.Check(input);
        var confirmed = SignupCommands.Confirmed(c, t, id);
        if (input.Capacity < confirmed)
            throw DomainException.Conflict(Text.T($"已有 {confirmed} 人确认报名，名额不能少于此数", $"{confirmed} volunteers are confirmed; the capacity cannot be lower"), "capacity");
        c.Execute($"UPDATE activities SET {Fields} WHERE id = @id", Parameters.Of(input, new { id, now = clock.GetUtcNow() }), t);
        AuditLog.Write(c, t, current.TownId, caller, "activity.update", "activity", id, new { fields = patch.Sent() });
        var updated = ActivityQueries.Find(c, t, id)!;
        SignupCommands.FillFreedPlaces(c, t, caller, updated, clock.GetUtcNow());
        return updated;
    });

    /// <summary>Cancels the activity; its sign-ups stay as they were, so each volunteer sees the reason beside theirs.</summary>
    public Activity Cancel(Caller caller, long id, string reason) => db.Write(TownQueries.TurnOfActivity(db, id), (c, t) =>
    {
        var current = ActivityQueries.Reachable(c, t, caller, id);
        if (current.IsCancelled) throw Cancelled();
        if (current.ClosedAt is not null) throw Closed();
        c.Execute("UPDATE activities SET cancelled_at = @now, cancel_reason = @reason, updated_at = @now WHERE id = @id",
            new { id, reason, now = clock.GetUtcNow() }, t);
        AuditLog.Write(c, t, current.TownId, caller, "activity.cancel", "activity", id, new { reason });
        return ActivityQueries.Find(c, t, id)!;
    });

    public static DomainException Closed() =>
        DomainException.Conflict(Text.T("该活动已关闭，签到已转为服务记录，不能再修改或取消", "The activity was closed and its check-ins recorded; it can no longer change"));

    public static DomainException Cancelled() => DomainException.Conflict(Text.T("该活动已取消", "The activity was cancelled"));
}
