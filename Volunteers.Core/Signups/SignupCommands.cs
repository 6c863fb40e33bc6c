using Volunteers.Core.Town;
using System.Data.Common;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Signups;

/// <summary>
/// Sign-ups for a volunteer, by the volunteer themself (no <see cref="Caller"/>) or by staff who reach both the activity
/// and the volunteer. Every write holds SQLite's one write lock from its first statement (Database.Write), so the seats
/// counted are the seats taken: concurrent sign-ups for the last place confirm exactly one.
/// </summary>
public sealed class SignupCommands(Database db, TimeProvider clock)
{
    public SignupResult SignUp(long volunteerId, long activityId, Caller? staff = null, string? client = null, IdempotencyKey? key = null) =>
        db.WriteOnce(key, (c, t) =>
        {
            var activity = staff is null ? ActivityQueries.Find(c, t, activityId) ?? throw NoActivity() : ActivityQueries.Reachable(c, t, staff, activityId);
            var volunteer = staff is null ? VolunteerQueries.Find(c, t, volunteerId) ?? throw VolunteerQueries.NotFound() : VolunteerQueries.Reachable(c, t, staff, volunteerId);
            var now = clock.GetUtcNow();
            SignupRules.EnsureMaySignUp(c, t, volunteer, activity, now);
            var confirmed = Confirmed(c, t, activityId);
            var seat = activity.Capacity is not { } capacity || confirmed < capacity;
            if (!seat && !activity.Waitlist) throw SignupRules.Full();
            var status = seat ? SignupStatus.Confirmed : SignupStatus.Waitlisted;
            var id = Insert(c, t, activityId, volunteerId, status, staff, now);
            var position = seat ? (int?)null : Waitlisted(c, t, activityId, before: id) + 1;
            AuditLog.Write(c, t, activity.TownId, staff, "signup.create", "signup", id, new { activityId, volunteerId, status, position }, client);
            return new SignupResult(id, activityId, status, position);
        }, clock, TownQueries.TurnOfActivity(db, activityId));

    /// <summary>The volunteer's own cancellation; another volunteer's sign-up answers as absent.</summary>
    public CancelResult CancelOwn(long volunteerId, long signupId, string? client = null) => db.Write((c, t) =>
    {
        var signup = Find(c, t, signupId);
        if (signup is null || signup.VolunteerId != volunteerId) throw NoSignup();
        return Cancel(c, t, signup, ActivityQueries.Find(c, t, signup.ActivityId)!, null, client);
    });

    /// <summary>A coordinator takes a volunteer off the roster of an activity they reach.</summary>
    public CancelResult Remove(Caller staff, long activityId, long signupId) => db.Write(TownQueries.TurnOfActivity(db, activityId), (c, t) =>
    {
        var activity = ActivityQueries.Reachable(c, t, staff, activityId);
        var signup = Find(c, t, signupId);
        if (signup is null || signup.ActivityId != activityId) throw NoSignup();
        return Cancel(c, t, signup, activity, staff, staff.Client);
    });

    private CancelResult Cancel(DbConnection c, DbTransaction t, SignupRow signup, Activity activity, Caller? staff, string? client)
    {
        var now = clock.GetUtcNow();
        SignupRules.EnsureMayCancel(signup, activity, now);
        return Withdraw(c, t, signup, activity, staff, client, now);
    }

    /// <summary>A volunteer suspended or withdrawn gives up their places in activities still to come, to the next in line.</summary>
    internal static void ReleasePlaces(DbConnection c, DbTransaction t, Caller staff, long volunteerId, DateTimeOffset now)
    {
        var held = c.Query<SignupRow>("SELECT id, activity_id, volunteer_id, status FROM signups WHERE volunteer_id = @volunteerId AND status <> 'cancelled'",
            new { volunteerId }, t).ToList();
        foreach (var signup in held)
            if (ActivityQueries.Find(c, t, signup.ActivityId)! is var activity && now < activity.Starts)
                Withdraw(c, t, signup, activity, staff, staff.Client, now);
    }

    private static CancelResult Withdraw(DbConnection c, DbTransaction t, SignupRow signup, Activity activity, Caller? staff, string? client,
        DateTimeOffset now)
    {
        c.Execute("UPDATE signups SET status = 'cancelled', cancelled_at = @now, cancelled_by = @by WHERE id = @id",
            new { id = signup.Id, now, by = staff?.AccountId }, t);
        AuditLog.Write(c, t, activity.TownId, staff, "signup.cancel", "signup", signup.Id, new { signup.ActivityId, signup.VolunteerId, was = signup.Status }, client);
        var promoted = signup.Status == SignupStatus.Confirmed ? FillFreedPlaces(c, t, staff, activity, now) : [];
        return new CancelResult(signup.Id, signup.ActivityId, SignupStatus.Cancelled, promoted);
    }

    /// <summary>Confirms the first waitlisted, in order, into every place free; nothing once the activity was cancelled or began.</summary>
    internal static IReadOnlyList<long> FillFreedPlaces(DbConnection c, DbTransaction t, Caller? staff, Activity activity, DateTimeOffset now)
    {
        if (activity.IsCancelled || now >= activity.Starts) return [];
        var free = activity.Capacity is { } capacity ? capacity - Confirmed(c, t, activity.Id) : int.MaxValue;
        if (free <= 0) return [];
        var promoted = c.Query<long>("""
            UPDATE signups SET status = 'confirmed', confirmed_at = @now
            WHERE id IN (SELECT id FROM signups WHERE activity_id = @activityId AND status = 'waitlisted' ORDER BY id LIMIT @free)
            RETURNING id
            """, new { now, activityId = activity.Id, free }, t).Order().ToList();
        foreach (var id in promoted) AuditLog.Write(c, t, activity.TownId, staff, "signup.promote", "signup", id, new { activityId = activity.Id });
        return promoted;
    }

    internal static int Confirmed(DbConnection c, DbTransaction? t, long activityId) =>
        c.ExecuteScalar<int>("SELECT count(*) FROM signups WHERE activity_id = @activityId AND status = 'confirmed'", new { activityId }, t);

    internal static int Waitlisted(DbConnection c, DbTransaction? t, long activityId, long before) =>
        c.ExecuteScalar<int>("SELECT count(*) FROM signups WHERE activity_id = @activityId AND status = 'waitlisted' AND id < @before",
            new { activityId, before }, t);

    private static long Insert(DbConnection c, DbTransaction t, long activityId, long volunteerId, string status, Caller? staff, DateTimeOffset now)
    {
        try
        {
            return c.ExecuteScalar<long>("""
                INSERT INTO signups (activity_id, volunteer_id, status, created_by, created_at, confirmed_at)
                VALUES (@activityId, @volunteerId, @status, @by, @now, CASE WHEN @status = 'confirmed' THEN @now END) RETURNING id
                """, new { activityId, volunteerId, status, by = staff?.AccountId, now }, t);
        }
        catch (DbException e) when (Dialect.IsUniqueViolation(e, out _)) // ux_signups_once
        {
            throw SignupRules.AlreadySignedUp();
        }
    }

    private static SignupRow? Find(DbConnection c, DbTransaction t, long id) =>
        c.QuerySingleOrDefault<SignupRow>("SELECT id, activity_id, volunteer_id, status FROM signups WHERE id = @id", new { id }, t);

    private static DomainException NoActivity() => DomainException.NotFound(Text.T("活动", "Activity"));
    private static DomainException NoSignup() => DomainException.NotFound(Text.T("报名", "Sign-up"));
}
