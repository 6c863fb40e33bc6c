using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Activities;

public sealed class ActivityQueries(Database db)
{
    private const string Columns = "id, title, type, learning_point_id, date, location, created_by, created_at";

    /// <summary>An activity the caller may see and record for: the town's, or one of their own point.</summary>
    public Activity Get(Caller caller, long id) => db.Read(c => Reachable(c, null, caller, id));

    public Paged<Activity> List(Caller caller, DateOnly? from, DateOnly? to, long? learningPointId, Paging paging)
    {
        var where = new List<string> { "1 = 1" };
        if (from is not null) where.Add("date >= @from");
        if (to is not null) where.Add("date <= @to");
        if (!caller.IsTownAdmin) where.Add("(learning_point_id IS NULL OR learning_point_id = @own)");
        if (learningPointId is not null) where.Add("learning_point_id = @learningPointId");
        var clause = string.Join(" AND ", where);
        var args = new { from, to, own = caller.LearningPointId, learningPointId, limit = paging.PageSize, offset = paging.Offset };
        return db.Read(c => new Paged<Activity>(
            c.Query<Activity>($"SELECT {Columns} FROM activities WHERE {clause} ORDER BY date DESC, id DESC LIMIT @limit OFFSET @offset", args).ToList(),
            paging.Page, paging.PageSize, c.ExecuteScalar<long>($"SELECT count(*) FROM activities WHERE {clause}", args)));
    }

    /// <summary>The one check of whether a caller may reach an activity: a town-level one, or one of their own point.</summary>
    internal static Activity Reachable(SqliteConnection c, SqliteTransaction? t, Caller caller, long id)
    {
        var activity = Find(c, t, id);
        if (activity is null || (activity.LearningPointId is { } p && !caller.CanReach(p)))
            throw DomainException.NotFound(Text.T("活动", "Activity"));
        return activity;
    }

    internal static Activity? Find(SqliteConnection c, SqliteTransaction? t, long id) =>
        c.QuerySingleOrDefault<Activity>($"SELECT {Columns} FROM activities WHERE id = @id", new { id }, t);
}
