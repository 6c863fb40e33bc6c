namespace Volunteers.Tests.Support;

/// <summary>An activity of 10:00–12:00 on 1 March 2027 in Shanghai and its check-in code; the clock is set in Shanghai time.</summary>
public static class CheckinSetup
{
    public static readonly DateOnly Day = new(2027, 3, 1);

    /// <summary>An instant on <see cref="Day"/> at a Shanghai wall-clock time, e.g. At(9, 59).</summary>
    public static DateTimeOffset At(int hour, int minute) => new(Day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8));

    public static async Task<(long Id, string Code)> CheckinActivity(this ApiClient staff, long? pointId, string start = "10:00", string end = "12:00",
        bool walkIns = true, string title = "全民终身学习活动周开幕式")
    {
        var id = (await staff.Post("/api/activities", new
        {
            title, type = "reading-week", learningPointId = pointId, date = Day.ToString("yyyy-MM-dd"), location = "镇文化站",
            startTime = start, endTime = end, signupOpen = true, walkIns,
        })).Expect(201).Id;
        return (id, (await staff.Get($"/api/activities/{id}/checkin")).Expect(200).Str("code"));
    }

    public static Task<Reply> Scan(this ApiClient card, string code, DateTimeOffset? deviceTime = null) =>
        card.Post($"/api/checkin/{code}", deviceTime is null ? new { } : new { deviceTime });

    public static Task<Reply> Enter(this ApiClient staff, long activityId, long volunteerId, string action, DateTimeOffset? at = null) =>
        staff.Post($"/api/activities/{activityId}/checkins", new { volunteerId, action, at });
}
