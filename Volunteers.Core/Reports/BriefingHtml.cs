using System.Net;
using System.Text;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Reports;

/// <summary>
/// The monthly briefing as one HTML page to paste into a WeChat article editor: inline styles only (the editor drops style
/// sheets and classes), no script, nothing fetched from elsewhere (the chart is a PNG inside the page), one column that
/// reads at a phone's width.
/// </summary>
public static class BriefingHtml
{
    private const string Page = "max-width:640px;margin:0 auto;padding:16px;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;" +
                                "font-size:16px;line-height:1.75;color:#333;";
    private const string Heading = "font-size:18px;font-weight:bold;margin:24px 0 8px;padding-left:8px;border-left:4px solid #466eaa;";
    private const string TableStyle = "width:100%;border-collapse:collapse;font-size:14px;margin:8px 0;";
    private const string Cell = "padding:6px 4px;border-bottom:1px solid #e5e5e5;text-align:left;";
    private const string Number = "padding:6px 4px;border-bottom:1px solid #e5e5e5;text-align:right;";
    private const string HeadCell = "padding:6px 4px;border-bottom:2px solid #466eaa;text-align:left;font-weight:bold;";
    private const string HeadNumber = "padding:6px 4px;border-bottom:2px solid #466eaa;text-align:right;font-weight:bold;";

    public static string Of(MonthlyBriefing b, string issuer)
    {
        var html = new StringBuilder();
        var title = BriefingPdf.Title(b);
        html.Append($"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>{E(title)}</title></head><body style=\"margin:0;background:#fff;\"><section style=\"{Page}\">");
        html.Append($"<h1 style=\"font-size:22px;text-align:center;margin:8px 0 16px;\">{E(title)}</h1>");
        html.Append($"<p style=\"margin:0 0 8px;\">{E(b.Summary)}</p>");

        html.Append($"<h2 style=\"{Heading}\">一、本月活动</h2>");
        if (b.Activities.Count == 0) html.Append("<p style=\"margin:0;\">本月没有开展活动。</p>");
        else
        {
            Table(html, ["日期", "活动", "类型", "学习点"], BriefingRows.Activities(b), 4);
            html.Append($"<p style=\"margin:0;font-size:14px;color:#666;\">{E(string.Join("、", b.ActivitiesByType.Select(t => $"{t.Label} {t.Count} 场")))}</p>");
        }

        html.Append($"<h2 style=\"{Heading}\">二、队伍与服务</h2>");
        Table(html, ["指标", "本月"], BriefingRows.Figures(b), 1);
        var chart = Convert.ToBase64String(BriefingChart.Png(b.Progress.Months.Select(m => m.Active).ToList(), b.Progress.Target));
        var caption = $"{BriefingRows.ChartTitle(b)}，虚线为目标 {b.Progress.Target:N0} 人";
        html.Append($"<img src=\"data:image/png;base64,{chart}\" alt=\"{E(caption)}\" width=\"{BriefingChart.Width}\" style=\"display:block;width:100%;height:auto;margin:12px 0 4px;\">");
        html.Append($"<p style=\"margin:0;font-size:13px;color:#888;text-align:center;\">{E(caption)}</p>");

        html.Append($"<h2 style=\"{Heading}\">三、学习点排行</h2>");
        Table(html, ["名次", "学习点", "服务时长（小时）", "服务人数", "活动"], b.LeagueTable.Select(p => new[]
        {
            p.Rank.ToString(), p.LearningPoint, Numbers.Hours(p.ApprovedHours), p.ServingVolunteers.ToString(), p.Activities.ToString(),
        }), 2);
        html.Append($"<p style=\"margin:24px 0 0;text-align:right;\">{E(issuer)}</p></section></body></html>");
        return html.ToString();
    }

    /// <summary>A table whose columns from <paramref name="firstNumber"/> on are figures, set right.</summary>
    private static void Table(StringBuilder html, string[] head, IEnumerable<string[]> rows, int firstNumber)
    {
        html.Append($"<table style=\"{TableStyle}\"><thead><tr>");
        for (var i = 0; i < head.Length; i++) html.Append($"<th style=\"{(i >= firstNumber ? HeadNumber : HeadCell)}\">{E(head[i])}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++) html.Append($"<td style=\"{(i >= firstNumber ? Number : Cell)}\">{E(row[i])}</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
