using PdfSharp.Drawing;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Reports;

/// <summary>The monthly briefing on A4, for the noticeboard and the file: the summary, then each part of the month as a table or chart.</summary>
public static class BriefingPdf
{
    private static readonly TextStyle TitleStyle = new(20, Bold: true);
    private static readonly TextStyle Body = new(11);
    private static readonly XColor Blue = XColor.FromArgb(70, 110, 170);
    private static readonly XColor Orange = XColor.FromArgb(210, 130, 60);
    private static double Left => PdfFile.Margin;

    public static string Title(MonthlyBriefing b) => $"{b.Town}社区教育简报（{b.From.Year}年{b.From.Month}月）";

    public static void Write(MonthlyBriefing b, string issuer, Stream output) =>
        PagedDocument.Write(output, Title(b), "月度简报", issuer, Blocks(b, issuer));

    private static List<Block> Blocks(MonthlyBriefing b, string issuer)
    {
        var blocks = new List<Block>
        {
            PagedDocument.Paragraph(Title(b), TitleStyle, Align.Center),
            PagedDocument.Space(10),
            PagedDocument.Paragraph(b.Summary, Body),
            PagedDocument.Heading("一、本月活动"),
        };
        if (b.Activities.Count == 0) blocks.Add(PagedDocument.Paragraph("本月没有开展活动。", Body));
        else
        {
            var table = new Table([new Column("日期", 80), new Column("活动", 203), new Column("类型", 100), new Column("学习点", 100)], Left, Body);
            blocks.Add(table.Header);
            blocks.AddRange(table.Rows(BriefingRows.Activities(b)));
            blocks.Add(PagedDocument.Chart("各类活动场次", b.ActivitiesByType.Select(c => new Bar(c.Label, c.Count, c.Count.ToString())).ToList(), Orange));
        }

        blocks.Add(PagedDocument.Heading("二、队伍与服务"));
        var figures = new Table([new Column("指标", 240), new Column("本月", 243, Align.Right)], Left, Body);
        blocks.Add(figures.Header);
        blocks.AddRange(figures.Rows(BriefingRows.Figures(b)));
        blocks.Add(new Block(LineChart.Height + 12, (g, top) => LineChart.Draw(g, BriefingRows.ChartTitle(b),
            b.Progress.Months.Select(m => m.Active).ToList(), b.Progress.Target, Left, top + 8, PagedDocument.ContentWidth, Blue)));

        blocks.Add(PagedDocument.Heading("三、学习点排行"));
        var league = new Table([
            new Column("名次", 45, Align.Center), new Column("学习点", 150), new Column("服务时长（小时）", 98, Align.Right),
            new Column("服务人数", 65, Align.Right), new Column("活动", 55, Align.Right), new Column("新登记", 70, Align.Right),
        ], Left, Body);
        blocks.Add(league.Header);
        blocks.AddRange(league.Rows(b.LeagueTable.Select(p => new[] { p.Rank.ToString(), p.LearningPoint, Numbers.Hours(p.ApprovedHours),
            p.ServingVolunteers.ToString(), p.Activities.ToString(), p.RegisteredVolunteers.ToString() })));

        blocks[^1] = blocks[^1] with { KeepWithNext = true };
        blocks.Add(PagedDocument.Space(20) with { KeepWithNext = true });
        blocks.Add(PagedDocument.Paragraph(issuer, Body, Align.Right));
        return blocks;
    }
}
