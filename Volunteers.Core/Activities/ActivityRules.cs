using FluentValidation;
using Volunteers.Core.Common;

namespace Volunteers.Core.Activities;

/// <summary>The rules of an activity's fields, once for the create and the patch: each field alone, then the whole activity.</summary>
public static class ActivityRules
{
    public const int MaxCapacity = 10_000;
    public const int MaxDescription = 500;

    public static IRuleBuilderOptions<T, string?> IsClockTime<T>(this IRuleBuilder<T, string?> rule, string chinese, string english) =>
        rule.Must(t => string.IsNullOrEmpty(t) || ActivitySchedule.ParseTime(t) is not null)
            .WithMessage(_ => Text.T($"{chinese}须为 HH:mm 格式（如 09:30）", $"The {english} is HH:mm (e.g. 09:30)"));

    public static IRuleBuilderOptions<T, int?> IsCapacity<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(c => c is null or > 0 and <= MaxCapacity)
            .WithMessage(_ => Text.T($"名额须为 1–{MaxCapacity} 人，不限名额请留空", $"The capacity is 1–{MaxCapacity}; leave it out for unlimited"));

    public static IRuleBuilderOptions<T, string?> IsActivityType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(t => t is not null && ActivityTypes.Chinese.ContainsKey(t))
            .WithMessage(_ => Text.T("活动类型须为：" + string.Join("、", ActivityTypes.Chinese.Select(p => $"{p.Key}（{p.Value}）")),
                "Type must be one of: " + string.Join(", ", ActivityTypes.Chinese.Keys)));

    public static IRuleBuilderOptions<T, DateOnly> IsActivityDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(d => d.Year is >= 2000 and <= 2100).WithMessage(_ => Text.T("请填写有效的活动日期", "Enter a valid activity date"));

    /// <summary>What only the whole activity can tell: times as a pair and in order, a deadline no later than the start.</summary>
    public static void Check(ActivityInput input)
    {
        var errors = new List<FieldError>();
        var start = ActivitySchedule.ParseTime(input.StartTime);
        var end = ActivitySchedule.ParseTime(input.EndTime);
        if ((start is null) != (end is null))
            errors.Add(new(start is null ? "startTime" : "endTime",
                Text.T("开始时间和结束时间须同时填写，或都不填（全天）", "Give both the start and the end time, or neither (all day)")));
        else if (start >= end)
            errors.Add(new("endTime", Text.T("结束时间须晚于开始时间", "The end time is after the start time")));
        if (input.SignupDeadline is { } deadline && deadline > ActivitySchedule.Starts(input.Date, input.StartTime))
            errors.Add(new("signupDeadline", Text.T("报名截止时间不能晚于活动开始时间", "The sign-up deadline is no later than the start")));
        if (errors.Count > 0) throw DomainException.Invalid(errors);
    }
}
