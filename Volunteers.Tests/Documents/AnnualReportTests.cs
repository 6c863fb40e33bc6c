using Volunteers.Core.Documents;

namespace Volunteers.Tests.Documents;

public sealed class AnnualReportTests
{
    [Test]
    public void The_report_gives_the_years_figures_with_bar_charts_and_the_awarded_list()
    {
        var pdf = Pdfs.Render(output => AnnualReport.Write(Samples.Report(), output), "annual-report");
        var text = pdf.AllText;
        Assert.That(text, Does.Contain("扶欢镇社区教育志愿者2024年度报告"));
        Assert.That(text, Does.Contain("在册志愿者362（完成 103.4%）"));
        Assert.That(text, Does.Contain("服务总时长（小时）9,876.5"));
        Assert.That(text, Does.Contain("各学习点在册志愿者（人，竖线为目标人数）"));
        Assert.That(text, Does.Contain("扶欢社区58 / 目标 61"));
        Assert.That(text, Does.Contain("各类别服务时长（小时）"));
        Assert.That(text, Does.Contain("退休干部2,500（60 人）"));
        Assert.That(text, Does.Contain("各类活动场次"));
        Assert.That(text, Does.Contain("讲座41"));
        Assert.That(text, Does.Contain("30志愿者030"));
        Assert.That(pdf.Pages[^1], Does.Contain($"共 {pdf.Pages.Count} 页"));
        Assert.That(pdf.Title, Is.EqualTo("扶欢镇社区教育志愿者2024年度报告"));
    }

    [Test]
    public void Bars_are_drawn_in_proportion_to_their_values()
    {
        var report = Samples.Report();
        var pdf = Pdfs.Render(output => AnnualReport.Write(report, output));
        // The activity chart's bars: 讲座 (41) is the longest, and 邻里节 (9) is 9/41 of it.
        var widths = pdf.FilledRectangleWidths(color: (210, 130, 60));
        Assert.That(widths, Has.Count.EqualTo(4));
        Assert.That(widths[3] / widths[1], Is.EqualTo(9.0 / 41).Within(0.01));
        Assert.That(widths[0] / widths[1], Is.EqualTo(18.0 / 41).Within(0.01));
    }
}
