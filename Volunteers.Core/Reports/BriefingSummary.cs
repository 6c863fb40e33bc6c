using System.Globalization;

namespace Volunteers.Core.Reports;

/// <summary>The briefing's opening sentence, said from its figures alone: nothing in it that the figures below do not show.</summary>
public static class BriefingSummary
{
    public static string Of(MonthlyBriefing b)
    {
        var month = $"{b.From.Year}年{b.From.Month}月";
        var progress = $"月末在册志愿者{b.Progress.ActiveAtMonthEnd}人，为目标{b.Progress.Target}人的{Number(b.Progress.PercentOfTarget)}%。";
        if (b.Empty) return $"{month}，{b.Town}没有开展活动，也没有新登记的志愿者和志愿服务记录；{progress}";
        var parts = new List<string>
        {
            b.Activities.Count == 0 ? "没有开展活动" : $"开展活动{b.Activities.Count}场",
            $"新登记志愿者{b.Volunteers.Registered}人，审核通过{b.Volunteers.Approved}人",
            $"核定志愿服务时长{Number(b.Service.ApprovedHours)}小时（{b.Service.ServingVolunteers}名志愿者）",
        };
        if (b.Service.Checkins > 0) parts.Add($"活动签到{b.Service.Checkins}人次");
        var stars = b.StarsReached.Sum(s => s.Volunteers);
        if (stars > 0) parts.Add($"{stars}人次晋升星级");
        var top = b.LeagueTable.FirstOrDefault();
        var leader = top is { ApprovedHours: > 0 } && b.LeagueTable.Count(p => p.Rank == 1) == 1
            ? $"服务时长最多的学习点是{top.LearningPoint}（{Number(top.ApprovedHours)}小时）。"
            : "";
        return $"{month}，{b.Town}{string.Join("，", parts)}；{progress}{leader}";
    }

    private static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
