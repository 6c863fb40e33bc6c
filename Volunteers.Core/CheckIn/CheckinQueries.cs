using System.Data.Common;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Documents;
using Volunteers.Core.Town;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.CheckIn;

public sealed class CheckinQueries(Database db, CheckinSettings settings, TimeProvider clock)
{
    internal const string RowColumns = """
        k.id, k.activity_id, k.volunteer_id, v.volunteer_no, v.name, k.signed_up, k.checked_in_at, k.in_by, k.checked_out_at, k.out_by,
        k.auto_closed, (SELECT r.id FROM service_records r WHERE r.checkin_id = k.id) AS service_record_id
        """;

    /// <summary>The code of an activity the coordinator reaches, for the poster; only an activity with times has one that works.</summary>
    public CheckinCode Code(Caller staff, long activityId) => db.Read(c =>
    {
        var activity = ActivityQueries.Reachable(c, null, staff, activityId);
        CheckinRules.EnsureHasTimes(activity);
        return new CheckinCode(activityId, CodeOf(c, activityId), CheckinRules.OpensAt(settings, activity), CheckinRules.ClosesAt(settings, activity));
    });

    /// <summary>The poster's text; <paramref name="urlOf"/> turns the code into the address its QR code opens.</summary>
    public CheckinPosterData Poster(Caller staff, long activityId, Func<string, string> urlOf)
    {
        return db.Read(c =>
        {
            var activity = ActivityQueries.Reachable(c, null, staff, activityId);
            CheckinRules.EnsureHasTimes(activity);
            var townName = TownQueries.Find(c, null, activity.TownId)!.Name;
            var organiser = activity.LearningPointId is { } point
                ? townName + c.ExecuteScalar<string>("SELECT name FROM learning_points WHERE id = @point", new { point }) + "学习点"
                : townName + "社区教育学校";
            return new CheckinPosterData(townName, activity.Title, activity.When, activity.Location, organiser, CheckinRules.Window(settings, activity),
                urlOf(CodeOf(c, activityId)));
        });
    }

    /// <summary>Who is in and who is out, as it stands now: a forgotten check-out shows closed at the end once the window is over.</summary>
    public CheckinList List(Caller staff, long activityId) => db.Read(c =>
    {
        var activity = ActivityQueries.Reachable(c, null, staff, activityId);
        var now = clock.GetUtcNow();
        var items = Rows(c, null, activityId).Select(r => CheckinRules.Entry(settings, activity, r, now)).ToList();
        return new CheckinList(activityId, CheckinRules.OpensAt(settings, activity), CheckinRules.ClosesAt(settings, activity), activity.ClosedAt,
            items.Count, items.Count(e => e.Out is not null), items);
    });

    /// <summary>The check-in page for a code, or null for a code no activity has; with a card, where its holder stands.</summary>
    public CheckinPageView? Page(string code, long? volunteerId) => db.Read(c =>
    {
        if (!CheckinCodes.IsWellFormed(code) || ActivityOf(c, null, code) is not { } activity) return null;
        var now = clock.GetUtcNow();
        CheckinEntry? mine = null;
        var name = "";
        if (volunteerId is { } id)
        {
            name = VolunteerQueries.Find(c, null, id)?.Name ?? "";
            mine = Row(c, null, activity.Id, id) is { } row ? CheckinRules.Entry(settings, activity, row, now) : null;
        }
        return new CheckinPageView(code, activity.Title, activity.When, activity.Location, CheckinRules.Window(settings, activity),
            CheckinRules.Refusal(settings, activity, now), mine, name);
    });

    internal static Activity? ActivityOf(DbConnection c, DbTransaction? t, string code) =>
        c.QuerySingleOrDefault<Activity>($"SELECT {ActivityQueries.Columns} FROM activities WHERE checkin_code = @code", new { code }, t);

    internal static string CodeOf(DbConnection c, long activityId) =>
        c.ExecuteScalar<string>("SELECT checkin_code FROM activities WHERE id = @activityId", new { activityId })!;

    internal static IEnumerable<CheckinRow> Rows(DbConnection c, DbTransaction? t, long activityId) => c.Query<CheckinRow>($"""
        SELECT {RowColumns} FROM checkins k JOIN volunteers v ON v.id = k.volunteer_id WHERE k.activity_id = @activityId ORDER BY k.checked_in_at, k.id
        """, new { activityId }, t);

    internal static CheckinRow? Row(DbConnection c, DbTransaction? t, long activityId, long volunteerId) => c.QuerySingleOrDefault<CheckinRow>($"""
        SELECT {RowColumns} FROM checkins k JOIN volunteers v ON v.id = k.volunteer_id WHERE k.activity_id = @activityId AND k.volunteer_id = @volunteerId
        """, new { activityId, volunteerId }, t);
}
