using System.Globalization;
using System.Text.Json.Serialization;
using Volunteers.Core.Common;

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
    public long TownId { get; init; }
    public long? LearningPointId { get; init; }
    public DateOnly Date { get; init; }
    public string? Location { get; init; }
    /// <summary>HH:mm on <see cref="Date"/> in Asia/Shanghai; with <see cref="EndTime"/> or not at all (then the whole day).</summary>
    public string? StartTime { get; init; }
    public string? EndTime { get; init; }
    public string? Description { get; init; }
    /// <summary>Confirmed places; null: unlimited.</summary>
    public int? Capacity { get; init; }
    public bool SignupOpen { get; init; }
    /// <summary>Whether sign-ups past the capacity queue for a place that frees up, or are refused.</summary>
    public bool Waitlist { get; init; } = true;
    public bool WalkIns { get; init; } = true;
    public DateTimeOffset? CancelledAt { get; init; }
    public string? CancelReason { get; init; }
    /// <summary>When the activity was closed: its check-ins became service records, and no more are taken.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    public long CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The deadline as set; null follows the start wherever the activity moves.</summary>
    [JsonIgnore] public DateTimeOffset? ChosenDeadline { get; init; }

    public DateTimeOffset SignupDeadline => ChosenDeadline ?? Starts;

    [JsonIgnore] public DateTimeOffset Starts => ActivitySchedule.Starts(Date, StartTime);
    [JsonIgnore] public DateTimeOffset Ends => ActivitySchedule.Ends(Date, EndTime);
    [JsonIgnore] public bool IsCancelled => CancelledAt is not null;

    /// <summary>When it takes place, as people read it: 2026-03-05 09:30–11:00, or the date alone for a whole day.</summary>
    [JsonIgnore] public string When => StartTime is null ? $"{Date:yyyy-MM-dd}" : $"{Date:yyyy-MM-dd} {StartTime}–{EndTime}";

    public bool Overlaps(Activity other) => Starts < other.Ends && other.Starts < Ends;
}

public static class ActivitySchedule
{
    public const string TimeFormat = "HH:mm";

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public static DateTimeOffset Starts(DateOnly date, string? startTime) => ShanghaiTime.At(date, ParseTime(startTime) ?? TimeOnly.MinValue);

    public static DateTimeOffset Ends(DateOnly date, string? endTime) =>
        ParseTime(endTime) is { } end ? ShanghaiTime.At(date, end) : ShanghaiTime.At(date.AddDays(1), TimeOnly.MinValue);
}

public sealed record ActivityInput(string Title, string Type, long? LearningPointId, DateOnly Date, string? Location)
{
    /// <summary>The town of a town-level activity (one without a learning point), where a district administrator names it.</summary>
    public long? TownId { get; init; }
    public string? StartTime { get; init; }
    public string? EndTime { get; init; }
    public string? Description { get; init; }
    public int? Capacity { get; init; }
    public bool SignupOpen { get; init; }
    public DateTimeOffset? SignupDeadline { get; init; }
    public bool Waitlist { get; init; } = true;
    public bool WalkIns { get; init; } = true;
}
