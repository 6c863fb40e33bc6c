using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Activities;

public sealed class ActivityQueries(Database db, TimeProvider clock)
{
    internal const string Columns = """
        id, town_id, title, type, learning_point_id, date, location, start_time, end_time, description, capacity, signup_open,
        signup_deadline AS chosen_deadline, waitlist, walk_ins, cancelled_at, cancel_reason, closed_at, created_by, created_at
        """;

    /// <summary>An activity the caller may see and record for: the town's, or one of their own point.</summary>
    public Activity Get(Caller caller, long id) => db.Read(c => Reachable(c, null, caller, id));

    public Paged<Activity> List(Caller caller, DateOnly? from, DateOnly? to, long? learningPointId, Paging paging)
    {
        var where = new List<string> { "1 = 1" };
        if (from is not null) where.Add("date >= @from");
        if (to is not null) where.Add("date <= @to");
        if (caller.TownScope is not null) where.Add("town_id = @town");
        if (!caller.IsAdmin) where.Add("(learning_point_id IS NULL OR learning_point_id = @own)");
        if (learningPointId is not null) where.Add("learning_point_id = @learningPointId");
        var clause = string.Join(" AND ", where);
        var args = new { from, to, town = caller.TownScope, own = caller.LearningPointId, learningPointId, limit = paging.PageSize, offset = paging.Offset };
        return db.Read(c => new Paged<Activity>(
            c.Query<Activity>($"SELECT {Columns} FROM activities WHERE {clause} ORDER BY date DESC, id DESC LIMIT @limit OFFSET @offset", args).ToList(),
            paging.Page, paging.PageSize, c.ExecuteScalar<long>($"SELECT count(*) FROM activities WHERE {clause}", args)));
    }

    /// <summary>
    /// What the public sees of activities open for sign-up that have not started yet: nothing personal, and the places left
    /// counted from the confirmed sign-ups in the same read.
    /// </summary>
    public Paged<OpenActivity> Open(long? townId, long? learningPointId, Paging paging)
    {
        var now = clock.GetUtcNow();
        var args = new
        {
            townId,
            learningPointId,
            today = ShanghaiTime.Today(clock),
            time = now.ToOffset(ShanghaiTime.Offset).ToString(ActivitySchedule.TimeFormat),
            limit = paging.PageSize,
            offset = paging.Offset,
        };
        var clause = """
            a.signup_open = 1 AND a.cancelled_at IS NULL AND (a.date > @today OR (a.date = @today AND a.start_time > @time))
            """ + (learningPointId is null ? "" : " AND a.learning_point_id = @learningPointId") + (townId is null ? "" : " AND a.town_id = @townId");
        return db.Read(c =>
        {
            var rows = c.Query<OpenActivityRow>($"""
                SELECT a.id, a.title, a.type, a.learning_point_id, p.name AS learning_point_name, a.date, a.start_time, a.end_time, a.location,
                       a.description, a.capacity, a.signup_deadline AS chosen_deadline, a.waitlist, a.walk_ins,
                       (SELECT count(*) FROM signups s WHERE s.activity_id = a.id AND s.status = 'confirmed') AS confirmed
                FROM activities a LEFT JOIN learning_points p ON p.id = a.learning_point_id
                WHERE {clause}
                ORDER BY a.date, a.start_time, a.id LIMIT @limit OFFSET @offset
                """, args);
            var total = c.ExecuteScalar<long>($"SELECT count(*) FROM activities a WHERE {clause}", args);
            return new Paged<OpenActivity>(rows.Select(r => r.ToOpen(now)).ToList(), paging.Page, paging.PageSize, total);
        });
    }

    /// <summary>The one check of whether a caller may reach an activity: one of their town's, or of their own point.</summary>
    internal static Activity Reachable(DbConnection c, DbTransaction? t, Caller caller, long id)
    {
        var activity = Find(c, t, id);
        if (activity is null || !caller.CanReach(activity.TownId, activity.LearningPointId))
            throw DomainException.NotFound(Text.T("活动", "Activity"));
        return activity;
    }

    internal static Activity? Find(DbConnection c, DbTransaction? t, long id) =>
        c.QuerySingleOrDefault<Activity>($"SELECT {Columns} FROM activities WHERE id = @id", new { id }, t);
}
