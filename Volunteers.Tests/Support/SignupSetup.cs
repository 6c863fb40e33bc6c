namespace Volunteers.Tests.Support;

/// <summary>Activities open for sign-up and sign-ups made through the coordinator's routes.</summary>
public static class SignupSetup
{
    /// <summary>09:00 in Shanghai on 1 March 2027: the clock the sign-up tests live at.</summary>
    public static readonly DateTimeOffset Now = new(2027, 3, 1, 1, 0, 0, TimeSpan.Zero);

    public static async Task<long> CreateOpenActivity(this ApiClient api, long? pointId, string date = "2027-03-10", string? start = "09:00",
        string? end = "11:00", int? capacity = null, bool waitlist = true, DateTimeOffset? deadline = null, string title = "家庭教育讲座") =>
        (await api.Post("/api/activities", new
        {
            title,
            type = "lecture",
            learningPointId = pointId,
            date,
            location = "村委会",
            startTime = start,
            endTime = end,
            capacity,
            signupOpen = true,
            signupDeadline = deadline,
            waitlist,
        })).Expect(201).Id;

    public static Task<Reply> SignUp(this ApiClient api, long activityId, long volunteerId) =>
        api.Post($"/api/activities/{activityId}/signups", new { volunteerId });

    public static Task<Reply> Roster(this ApiClient api, long activityId) => api.Get($"/api/activities/{activityId}/signups");
}
