using System.Data.Common;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Documents;
using Volunteers.Core.Town;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Signups;

public sealed class SignupQueries(Database db, TownQueries town, TimeProvider clock)
{
    /// <summary>The confirmed in the order they signed up, then the waitlist in its order; cancelled ones are left out.</summary>
    public Roster Roster(Caller staff, long activityId) => db.Read(c =>
    {
        var activity = ActivityQueries.Reachable(c, null, staff, activityId);
        var items = Entries(c, activityId);
        return new Roster(activityId, activity.Capacity, items.Count(e => e.Status == SignupStatus.Confirmed),
            items.Count(e => e.Status == SignupStatus.Waitlisted), items);
    });

    /// <summary>签到表: the confirmed volunteers of an activity the caller reaches, to print.</summary>
    public SignInSheetData SignInSheet(Caller staff, long activityId)
    {
        return db.Read(c =>
        {
            var activity = ActivityQueries.Reachable(c, null, staff, activityId);
            var townName = TownQueries.Find(c, null, activity.TownId)!.Name;
            var point = activity.LearningPointId is { } id
                ? c.ExecuteScalar<string>("SELECT name FROM learning_points WHERE id = @id", new { id })!
                : Labels.TownLevel;
            var people = Entries(c, activityId).Where(e => e.Status == SignupStatus.Confirmed)
                .Select(e => new SignInSheetEntry(e.Name, e.VolunteerNo, e.Mobile)).ToList();
            return new SignInSheetData(townName, activity, point, people);
        });
    }

    // Kept until the next write, like the rest of the volunteer's page; whether a place can still be cancelled depends on
    // the hour, so it is worked out on every read.
    private readonly FreshCache<long, IReadOnlyList<MySignupRow>> _ofVolunteer = new(db, capacity: 4096);

    /// <summary>A volunteer's live sign-ups, the latest activity first, with each activity's cancellation if any.</summary>
    public IReadOnlyList<MySignup> OfVolunteer(long volunteerId)
    {
        var now = clock.GetUtcNow();
        return _ofVolunteer.Get(volunteerId, () => db.Read(c => c.Query<MySignupRow>("""
                SELECT s.id, s.activity_id, a.title, a.date, a.start_time, a.end_time, a.location, s.status,
                       CASE WHEN s.status = 'waitlisted' THEN (SELECT count(*) FROM signups w
                            WHERE w.activity_id = s.activity_id AND w.status = 'waitlisted' AND w.id <= s.id) END AS position,
                       a.cancel_reason
                FROM signups s JOIN activities a ON a.id = s.activity_id
                WHERE s.volunteer_id = @volunteerId AND s.status <> 'cancelled'
                ORDER BY a.date DESC, a.start_time DESC, s.id DESC
                """, new { volunteerId }).ToList())).Select(r => r.ToSignup(now)).ToList();
    }

    /// <summary>The volunteer's confirmed activities as an RFC 5545 calendar (text/calendar).</summary>
    public string Calendar(long volunteerId) => SignupCalendar.Write(ConfirmedActivities(volunteerId), town.OfVolunteer(volunteerId).Name, clock.GetUtcNow());

    /// <summary>The activities a volunteer holds a confirmed place in, cancelled ones included so a calendar can strike them.</summary>
    public IReadOnlyList<Activity> ConfirmedActivities(long volunteerId) => db.Read(c => c.Query<Activity>($"""
            SELECT {ActivityQueries.Columns} FROM activities
            WHERE id IN (SELECT activity_id FROM signups WHERE volunteer_id = @volunteerId AND status = 'confirmed')
            ORDER BY date, start_time, id
            """, new { volunteerId }).ToList());

    private static List<RosterEntry> Entries(DbConnection c, long activityId)
    {
        var rows = c.Query<RosterRow>("""
            SELECT s.id, s.volunteer_id, v.volunteer_no, v.name, v.mobile, p.name AS learning_point, s.status, s.created_at
            FROM signups s JOIN volunteers v ON v.id = s.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
            WHERE s.activity_id = @activityId AND s.status <> 'cancelled'
            ORDER BY s.status = 'waitlisted', s.id
            """, new { activityId });
        var waiting = 0;
        return rows.Select(r => r.ToEntry(r.Status == SignupStatus.Waitlisted ? ++waiting : null)).ToList();
    }

    private sealed record RosterRow
    {
        public long Id { get; init; }
        public long VolunteerId { get; init; }
        public string VolunteerNo { get; init; } = "";
        public string Name { get; init; } = "";
        public string? Mobile { get; init; }
        public string LearningPoint { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }

        public RosterEntry ToEntry(int? position) => new(Id, VolunteerId, VolunteerNo, Name, MobileNumber.Mask(Mobile), LearningPoint, Status, position, CreatedAt);
    }

    private sealed record MySignupRow
    {
        public long Id { get; init; }
        public long ActivityId { get; init; }
        public string Title { get; init; } = "";
        public DateOnly Date { get; init; }
        public string? StartTime { get; init; }
        public string? EndTime { get; init; }
        public string? Location { get; init; }
        public string Status { get; init; } = "";
        public int? Position { get; init; }
        public string? CancelReason { get; init; }

        public MySignup ToSignup(DateTimeOffset now) => new(Id, ActivityId, Title, Date, StartTime, EndTime, Location, Status, Position,
            CancelReason is not null, CancelReason, CancelReason is null && now < ActivitySchedule.Starts(Date, StartTime));
    }
}
