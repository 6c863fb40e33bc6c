using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Reports;

/// <summary>The briefing's tables as text, once, for the PDF and the HTML alike.</summary>
public static class BriefingRows
{
    public static IEnumerable<string[]> Activities(MonthlyBriefing b) =>
        b.Activities.Select(a => new[] { $"{a.Date.Month}月{a.Date.Day}日", a.Title, a.TypeLabel, a.LearningPoint });

    public static string[][] Figures(MonthlyBriefing b) =>
    [
        ["新登记志愿者（人）", b.Volunteers.Registered.ToString("N0")],
        ["审核通过（人）", b.Volunteers.Approved.ToString("N0")],
        ["核定服务时长（小时）", Numbers.Hours(b.Service.ApprovedHours)],
        ["参加服务的志愿者（人）", b.Service.ServingVolunteers.ToString("N0")],
        ["活动签到（人次）", b.Service.Checkins.ToString("N0")],
        ["晋升星级（人次）", b.StarsReached.Sum(s => s.Volunteers).ToString("N0")],
        ["月末在册志愿者（人）", $"{b.Progress.ActiveAtMonthEnd:N0}（目标 {b.Progress.Target:N0}，{Numbers.Percent(b.Progress.ActiveAtMonthEnd, b.Progress.Target)}）"],
    ];

    public static string ChartTitle(MonthlyBriefing b) => $"{b.From.Year}年各月末在册志愿者（人）";
}
