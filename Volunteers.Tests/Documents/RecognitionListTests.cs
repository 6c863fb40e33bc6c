using System.Text.RegularExpressions;
using Volunteers.Core.Documents;

namespace Volunteers.Tests.Documents;

public sealed class RecognitionListTests
{
    private static readonly Regex Row = new(@"(?<=\d)志愿者(\d{3})");
    private const string Header = "序号姓名服务时长（小时）称号证书编号";

    private static ReadBack Render(int entries, int points = 1, string? picture = null) =>
        Pdfs.Render(output => RecognitionList.Write(Samples.List(entries, points), output), picture);

    [Test]
    public void The_list_is_grouped_by_learning_point_and_numbered_through()
    {
        var list = Samples.List(8, points: 2) with
        {
            Entries = [.. Samples.List(8, points: 2).Entries, new RecognitionEntry("吉𠮷", "新连村", 40, "优秀社区教育志愿者", "扶欢社教〔2024〕第009号")],
        };
        var pdf = Pdfs.Render(output => RecognitionList.Write(list, output), "recognition-list");
        var text = pdf.AllText;
        Assert.That(text, Does.Contain("扶欢镇2024年度优秀社区教育志愿者表彰名单"));
        Assert.That(text, Does.Contain("新连村（5 人）1志愿者001119.5优秀社区教育志愿者扶欢社教〔2024〕第001号"));
        Assert.That(text, Does.Contain("5吉𠮷40优秀社区教育志愿者扶欢社教〔2024〕第009号扶欢社区（4 人）6志愿者005"));
        Assert.That(text, Does.Contain("二〇二四年十二月二十日"));
        Assert.That(pdf.Title, Is.EqualTo("2024年度表彰名单"));
    }

    [Test]
    public void The_record_has_no_field_that_could_carry_a_mobile_or_ID_number()
    {
        var fields = typeof(RecognitionEntry).GetProperties().Select(p => p.Name);
        Assert.That(fields, Is.EquivalentTo(new[] { "Name", "LearningPoint", "YearHours", "Honour", "CertificateNo" }));
    }

    [TestCase(1)]
    [TestCase(24)]
    [TestCase(25)]
    [TestCase(300)]
    public void Entries_flow_over_pages_with_the_header_repeated_and_numbered_pages(int entries)
    {
        var pdf = Render(entries);
        Paging.AssertWellPaged(pdf, Row, entries, Header, Paging.FullPageRows(RecognitionList.Entries));
        Assert.That(pdf.AllText, Does.Not.Match(@"1\d{10}"), "nothing like a mobile number");
        Assert.That(pdf.AllText, Does.Not.Match(@"\d{17}[\dX]"), "nothing like an ID number");
    }

    [Test]
    public void At_the_edge_of_one_page_the_next_entry_brings_a_second_page()
    {
        var capacity = Paging.OnePageCapacity(n => Render(n));
        TestContext.Out.WriteLine($"entries on one page: {capacity}");
        Assert.That(Render(capacity).Pages, Has.Count.EqualTo(1));
        var over = Render(capacity + 1);
        Assert.That(over.Pages, Has.Count.EqualTo(2));
        Paging.AssertWellPaged(over, Row, capacity + 1, Header, Paging.FullPageRows(RecognitionList.Entries));
    }

    [Test]
    public void A_group_heading_is_never_left_alone_at_the_bottom_of_a_page()
    {
        var pdf = Render(300, points: 4);
        foreach (var page in pdf.Pages.SkipLast(1))
            Assert.That(page, Does.Not.Match(@"（\d+ 人）第 \d+ 页"), "a heading directly above the footer");
    }
}
