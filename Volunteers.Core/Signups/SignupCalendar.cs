using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Volunteers.Core.Activities;

namespace Volunteers.Core.Signups;

/// <summary>A volunteer's confirmed activities as an RFC 5545 calendar a phone subscribes to, so it reminds them a day before.</summary>
public static class SignupCalendar
{
    public const string TimeZoneId = "Asia/Shanghai";

    public static string Write(IEnumerable<Activity> activities, string town, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Fuhuan Community Education//Volunteers//ZH" };
        calendar.AddProperty("X-WR-CALNAME", $"{town}社区教育志愿服务");
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        calendar.AddTimeZone(Shanghai());
        foreach (var activity in activities) calendar.Events.Add(Event(activity, now));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>The same activity keeps the same UID in every download, so a calendar updates the event rather than adding another.</summary>
    public static string Uid(long activityId) => $"activity-{activityId}@volunteers.fuhuan";

    private static CalendarEvent Event(Activity a, DateTimeOffset now)
    {
        var e = new CalendarEvent
        {
            Uid = Uid(a.Id),
            Summary = a.Title,
            Location = a.Location,
            Description = a.IsCancelled ? $"活动已取消：{a.CancelReason}" : a.Description,
            DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
            Status = a.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (ActivitySchedule.ParseTime(a.StartTime) is { } start && ActivitySchedule.ParseTime(a.EndTime) is { } end)
        {
            e.DtStart = new CalDateTime(a.Date, start, TimeZoneId);
            e.DtEnd = new CalDateTime(a.Date, end, TimeZoneId);
        }
        else
        {
            e.DtStart = new CalDateTime(a.Date);
            e.DtEnd = new CalDateTime(a.Date.AddDays(1));
        }
        if (!a.IsCancelled)
            e.Alarms.Add(new Alarm { Action = AlarmAction.Display, Description = $"明天：{a.Title}", Trigger = new Trigger(Duration.FromDays(-1)) });
        return e;
    }

    /// <summary>China has kept UTC+8 without daylight saving since 1991: one STANDARD observance says all a client needs.</summary>
    private static VTimeZone Shanghai()
    {
        var zone = new VTimeZone(TimeZoneId);
        zone.TimeZoneInfos.Add(new VTimeZoneInfo
        {
            Name = Components.Standard,
            Start = new CalDateTime(1991, 9, 15, 2, 0, 0),
            OffsetFrom = new UtcOffset("+0800"),
            OffsetTo = new UtcOffset("+0800"),
            TimeZoneName = "CST",
        });
        return zone;
    }
}
