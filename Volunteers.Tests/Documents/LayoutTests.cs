using Volunteers.Core.Documents.Layout;

namespace Volunteers.Tests.Documents;

public sealed class LayoutTests
{
    [TestCase(2024, 12, 20, "二〇二四年十二月二十日")]
    [TestCase(2025, 1, 1, "二〇二五年一月一日")]
    [TestCase(2030, 10, 31, "二〇三〇年十月三十一日")]
    [TestCase(2009, 11, 15, "二〇〇九年十一月十五日")]
    public void Dates_are_written_the_Chinese_way(int year, int month, int day, string expected)
    {
        Assert.That(ChineseDate.Full(new DateOnly(year, month, day)), Is.EqualTo(expected));
        Assert.That(ChineseDate.YearMonth(new DateOnly(year, month, day)), Is.EqualTo(expected[..expected.IndexOf('月')] + "月"));
    }

    [Test]
    public void Chinese_wraps_between_characters_and_Latin_words_stay_whole()
    {
        var style = new TextStyle(10);
        var lines = TextBox.Wrap("扶欢镇社区教育学校 Community Education School 二〇二四年", style, 60);
        Assert.That(string.Concat(lines).Replace(" ", ""), Is.EqualTo("扶欢镇社区教育学校CommunityEducationSchool二〇二四年"));
        Assert.That(lines, Has.Some.EqualTo("Community"));
        Assert.That(lines.Select(l => Ink.Width(l, style)), Has.All.LessThanOrEqualTo(60));
    }

    [Test]
    public void Closing_punctuation_never_begins_a_line()
    {
        var style = new TextStyle(10);
        foreach (var width in new[] { 40.0, 50, 60, 70 })
            Assert.That(TextBox.Wrap("热心公益，服务群众。积极参与，表现突出。", style, width),
                Has.None.StartsWith("，").And.None.StartsWith("。"), $"width {width}");
    }
}
