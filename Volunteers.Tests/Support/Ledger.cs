namespace Volunteers.Tests.Support;

public static class Ledger
{
    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    public static string DaysAgo(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-days).ToString("yyyy-MM-dd");

    public static async Task<long> CreateActivity(this ApiClient api, long? pointId, string? date = null, string type = "lecture") =>
        (await api.Post("/api/activities", new { title = "家庭教育讲座", type, learningPointId = pointId, date = date ?? Today, location = "村委会" })).Expect(201).Id;

    public static Task<Reply> Record(this ApiClient api, long volunteerId, decimal hours, string? date = null, long? activityId = null) =>
        api.Post("/api/service-records", new { volunteerId, activityId, serviceDate = date ?? Today, hours, content = "协助开展讲座" });

    /// <summary>Recorded by <paramref name="recorder"/>, approved by <paramref name="reviewer"/> (two-step review).</summary>
    public static async Task<long> RecordApproved(ApiClient recorder, ApiClient reviewer, long volunteerId, decimal hours, string? date = null)
    {
        var id = (await recorder.Record(volunteerId, hours, date)).Expect(201).Id;
        (await reviewer.Post($"/api/service-records/{id}/approve")).Expect(200);
        return id;
    }

    public static async Task<(decimal Hours, int Points, int Stars)> Totals(this ApiClient api, long volunteerId)
    {
        var v = (await api.Get($"/api/volunteers/{volunteerId}")).Expect(200).Json;
        return (v["approvedHours"]!.GetValue<decimal>(), v["points"]!.GetValue<int>(), v["starLevel"]!.GetValue<int>());
    }
}
