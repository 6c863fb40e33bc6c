using PdfSharp.Drawing;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Documents;

/// <summary>
/// 年度报告: key figures, bar charts of the learning points (against each one's target), categories and activities, and the
/// awarded list, signed at the end by the issuer with the date.
/// </summary>
public static class AnnualReport
{
    private static readonly TextStyle TitleStyle = new(20, Bold: true);
    private static readonly TextStyle Body = new(11);
    private static readonly XColor Blue = XColor.FromArgb(70, 110, 170);
    private static readonly XColor Green = XColor.FromArgb(80, 150, 110);
    private static readonly XColor Orange = XColor.FromArgb(210, 130, 60);
    private static readonly XColor Teal = XColor.FromArgb(60, 140, 160);
    private static double Left => PdfFile.Margin;

    public static void Write(AnnualReportData report, Stream output) =>
        PagedDocument.Write(output, $"{report.Town}社区教育志愿者{report.Year}年度报告", "年度统计报告", report.Issuer, Blocks(report));

    private static List<Block> Blocks(AnnualReportData r)
    {
        var blocks = new List<Block>
        {
            PagedDocument.Paragraph($"{r.Town}社区教育志愿者{r.Year}年度报告", TitleStyle, Align.Center),
            PagedDocument.Space(12),
            PagedDocument.Heading("一、总体情况"),
        };
        var figures = new Table([new Column("指标", 240), new Column("数值", 243, Align.Right)], Left, Body);
        blocks.Add(figures.Header);
        blocks.AddRange(figures.Rows([
            [$"志愿者目标人数（常住人口的{r.TargetRatio * 100:0.##}%）", r.Target.ToString("N0")],
            ["在册志愿者", $"{r.ActiveVolunteers:N0}（完成 {Numbers.Percent(r.ActiveVolunteers, r.Target)}）"],
            ["本年度参加服务的志愿者", r.ServingVolunteers.ToString("N0")],
            ["服务总时长（小时）", Numbers.Hours(r.TotalHours)],
            ["开展活动（场）", r.Activities.ToString("N0")],
            ["受表彰志愿者", r.Awarded.Count.ToString("N0")],
        ]));
        blocks.Add(PagedDocument.Chart("目标完成情况", [
            new Bar("目标人数", r.Target, r.Target.ToString("N0")),
            new Bar("在册志愿者", r.ActiveVolunteers, r.ActiveVolunteers.ToString("N0")),
            new Bar("参加服务", r.ServingVolunteers, r.ServingVolunteers.ToString("N0")),
        ], Blue));

        blocks.Add(PagedDocument.Heading("二、各学习点"));
        blocks.Add(PagedDocument.Chart("各学习点在册志愿者（人，竖线为目标人数）", r.LearningPoints.Select(p => new Bar(p.LearningPoint, p.ActiveVolunteers,
            $"{p.ActiveVolunteers} / 目标 {p.Target}（{Numbers.Percent(p.ActiveVolunteers, p.Target)}）", p.Target)).ToList(), Teal));
        var points = new Table([
            new Column("学习点", 160), new Column("目标", 70, Align.Right), new Column("在册", 70, Align.Right),
            new Column("完成率", 83, Align.Right), new Column("服务时长（小时）", 100, Align.Right),
        ], Left, Body);
        blocks.Add(points.Header);
        blocks.AddRange(points.Rows(r.LearningPoints.Select(p => new[] { p.LearningPoint, p.Target.ToString(), p.ActiveVolunteers.ToString(),
            Numbers.Percent(p.ActiveVolunteers, p.Target), Numbers.Hours(p.Hours) })));

        blocks.Add(PagedDocument.Heading("三、志愿者类别"));
        blocks.Add(PagedDocument.Chart("各类别服务时长（小时）", r.Categories
            .Select(c => new Bar(c.Category, (double)c.Hours, $"{Numbers.Hours(c.Hours)}（{c.Volunteers} 人）")).ToList(), Green));

        blocks.Add(PagedDocument.Heading("四、活动开展"));
        blocks.Add(PagedDocument.Chart("各类活动场次", r.ActivitiesByType
            .Select(a => new Bar(a.ActivityType, a.Activities, a.Activities.ToString())).ToList(), Orange));

        blocks.Add(PagedDocument.Heading("五、年度表彰"));
        var awarded = new Table([
            new Column("序号", 45, Align.Center), new Column("姓名", 140), new Column("学习点", 160),
            new Column("服务时长（小时）", 138, Align.Right),
        ], Left, Body);
        blocks.Add(awarded.Header);
        blocks.AddRange(awarded.Rows(r.Awarded.Select((a, i) => new[] { (i + 1).ToString(), a.Name, a.LearningPoint, Numbers.Hours(a.YearHours) })));

        // The signature never stands alone on a page: the last row goes with it.
        blocks[^1] = blocks[^1] with { KeepWithNext = true };
        blocks.Add(PagedDocument.Space(24) with { KeepWithNext = true });
        blocks.Add(PagedDocument.Paragraph(r.Issuer, Body, Align.Right) with { KeepWithNext = true });
        blocks.Add(PagedDocument.Paragraph(ChineseDate.Full(r.IssuedOn), Body, Align.Right));
        return blocks;
    }
}
