namespace Volunteers.Core.Activities;

/// <summary>The activity types of the town's 2024 plan, with their Chinese names.</summary>
public static class ActivityTypes
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>
    {
        ["reading-week"] = "全民阅读周",
        ["health-month"] = "全民健康月",
        ["family-learning-day"] = "家庭学习开放日",
        ["neighbourhood-festival"] = "邻里节",
        ["parent-child"] = "亲子活动",
        ["civility-day"] = "文明市民日",
        ["lecture"] = "讲座",
        ["study-tour"] = "游学参观",
        ["beidou-home-visit"] = "背篼进农户",
        ["broadcast-learning"] = "广播学习",
        ["talent-show"] = "才艺展示",
        ["other"] = "其他",
    };
}

public sealed record Activity
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public string Type { get; init; } = "";
    public long? LearningPointId { get; init; }
    public DateOnly Date { get; init; }
    public string? Location { get; init; }
    public long CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public sealed record ActivityInput(string Title, string Type, long? LearningPointId, DateOnly Date, string? Location);
