using System.Data.Common;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Signups;

/// <summary>Who may sign up for what, and when a sign-up may be withdrawn: each refusal a 409 that says why.</summary>
public static class SignupRules
{
    /// <summary>A volunteer serves in their own town: another town's activity is not theirs to sign up for or check in to.</summary>
    internal static DomainException OtherTown() => Refused(Text.T(
        "该活动属于其他镇（街道），请报名本镇（街道）的活动", "The activity belongs to another town; sign up for your own town's activities"));

    internal static void EnsureMaySignUp(DbConnection c, DbTransaction t, Volunteer volunteer, Activity activity, DateTimeOffset now)
    {
        if (volunteer.Status == Statuses.Pending)
            throw Refused(Text.T("志愿者登记尚待审核，审核通过后才能报名", "The volunteer's registration is still pending review"));
        if (volunteer.Status != Statuses.Active)
            throw Refused(Text.T($"志愿者当前状态为「{Labels.VolunteerStatus(volunteer.Status)}」，不能报名", $"A {volunteer.Status} volunteer cannot sign up"));
        if (activity.IsCancelled)
            throw Refused(Text.T($"该活动已取消：{activity.CancelReason}", $"The activity was cancelled: {activity.CancelReason}"));
        if (Town.TownQueries.OfVolunteer(c, t, volunteer.Id) != activity.TownId) throw OtherTown();
        if (!activity.SignupOpen)
            throw Refused(Text.T("该活动未开放报名", "The activity is not open for sign-up"));
        if (now >= activity.SignupDeadline)
            throw Refused(Text.T($"报名已于 {ShanghaiTime.Format(activity.SignupDeadline)} 截止", $"Sign-up closed at {ShanghaiTime.Format(activity.SignupDeadline)} (Shanghai)"));
        if (c.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM signups WHERE activity_id = @a AND volunteer_id = @v AND status <> 'cancelled')",
                new { a = activity.Id, v = volunteer.Id }, t))
            throw AlreadySignedUp();
        // Waitlisted places count too: a promotion later must never give the volunteer two places at once.
        var clash = c.Query<Activity>($"""
                SELECT {ActivityQueries.Columns} FROM activities
                WHERE date = @date AND id <> @id AND cancelled_at IS NULL
                  AND id IN (SELECT activity_id FROM signups WHERE volunteer_id = @v AND status <> 'cancelled')
                """, new { date = activity.Date, id = activity.Id, v = volunteer.Id }, t)
            .FirstOrDefault(activity.Overlaps);
        if (clash is not null)
            throw Refused(Text.T($"与已报名的活动「{clash.Title}」（{clash.When}）时间冲突", $"It overlaps \"{clash.Title}\" ({clash.When}), already signed up for"));
    }

    internal static void EnsureMayCancel(SignupRow signup, Activity activity, DateTimeOffset now)
    {
        if (signup.Status == SignupStatus.Cancelled) throw Refused(Text.T("该报名已取消", "The sign-up was already cancelled"));
        if (now >= activity.Starts && !activity.IsCancelled)
            throw Refused(Text.T("活动已开始，不能再取消报名", "The activity has started; the sign-up can no longer be cancelled"));
    }

    public static DomainException AlreadySignedUp() => Refused(Text.T("已报名该活动，不能重复报名", "Already signed up for this activity"));

    public static DomainException Full() => Refused(Text.T("名额已满，该活动不设候补", "The activity is full and keeps no waitlist"));

    private static DomainException Refused(string message) => DomainException.Conflict(message);
}
