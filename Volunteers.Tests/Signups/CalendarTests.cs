using Ical.Net;
using Volunteers.Core.Activities;
using Volunteers.Core.Signups;

namespace Volunteers.Tests.Signups;

/// <summary>The .ics a phone subscribes to, parsed back with Ical.Net as a calendar app would.</summary>
public sealed class CalendarTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 1, 0, 0, TimeSpan.Zero);

    private static Activity Lecture(long id, string? start = "09:30", string? end = "11:00") => new()
    {
        Id = id,
        Title = "家庭教育讲座·吉𠮷老师",
        Type = "lecture",
        Date = new DateOnly(2027, 3, 10),
        Location = "新连村村委会",
        StartTime = start,
        EndTime = end,
        Description = "请提前十分钟到场",
    };

    private static Calendar Parse(string ics) => Calendar.Load(ics) ?? throw new AssertionException("not a calendar");

    [Test]
    public void Each_activity_is_an_event_in_Shanghai_time_with_a_reminder_a_day_before()
    {
        var ics = SignupCalendar.Write([Lecture(7)], "扶欢镇", Now);
        var calendar = Parse(ics);
        var e = calendar.Events.Single();
        Assert.That(e.Uid, Is.EqualTo("activity-7@volunteers.fuhuan"));
        Assert.That(e.Summary, Is.EqualTo("家庭教育讲座·吉𠮷老师"));
        Assert.That(e.Location, Is.EqualTo("新连村村委会"));
        Assert.That(e.Status, Is.EqualTo("CONFIRMED"));
        Assert.That(e.DtStart!.TzId, Is.EqualTo("Asia/Shanghai"));
        Assert.That(e.DtStart.AsUtc, Is.EqualTo(new DateTime(2027, 3, 10, 1, 30, 0, DateTimeKind.Utc)));
        Assert.That(e.DtEnd!.AsUtc, Is.EqualTo(new DateTime(2027, 3, 10, 3, 0, 0, DateTimeKind.Utc)));
        var alarm = e.Alarms.Single();
        Assert.That(alarm.Action, Is.EqualTo("DISPLAY"));
        Assert.That(alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified(), Is.EqualTo(TimeSpan.FromDays(-1)));
        Assert.That(calendar.TimeZones.Single().TzId, Is.EqualTo("Asia/Shanghai"));
        Assert.That(ics, Does.Contain("DTSTART;TZID=Asia/Shanghai:20270310T093000").And.Contain("TZOFFSETTO:+0800"));
    }

    [Test]
    public void The_uid_is_stable_across_downloads_and_a_cancelled_activity_is_struck_not_dropped()
    {
        var before = Parse(SignupCalendar.Write([Lecture(7)], "扶欢镇", Now)).Events.Single();
        var cancelled = Lecture(7) with { CancelledAt = Now, CancelReason = "暴雨预警" };
        var after = Parse(SignupCalendar.Write([cancelled], "扶欢镇", Now.AddHours(1))).Events.Single();
        Assert.That(after.Uid, Is.EqualTo(before.Uid));
        Assert.That(after.Status, Is.EqualTo("CANCELLED"));
        Assert.That(after.Description, Does.Contain("暴雨预警"));
        Assert.That(after.Alarms, Is.Empty, "no reminder for what will not happen");
    }

    [Test]
    public void An_activity_without_times_is_an_all_day_event()
    {
        var e = Parse(SignupCalendar.Write([Lecture(8, start: null, end: null)], "扶欢镇", Now)).Events.Single();
        Assert.That(e.IsAllDay, Is.True);
        Assert.That(e.DtStart!.Date, Is.EqualTo(new DateOnly(2027, 3, 10)));
        Assert.That(e.Alarms, Has.Count.EqualTo(1));
    }
}
