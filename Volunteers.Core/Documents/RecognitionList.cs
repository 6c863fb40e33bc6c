using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Documents;

/// <summary>
/// 表彰名单: grouped by learning point, numbered through, "第 N 页 共 M 页" on every page. The point is named once, in its group's
/// heading; the columns are wide enough that the honour (优秀社区教育志愿者) and a certificate number each stay on one line.
/// </summary>
public static class RecognitionList
{
    private static readonly TextStyle TitleStyle = new(18, Bold: true);
    private static readonly TextStyle Body = new(12);
    private static readonly TextStyle Cell = new(11);

    public static readonly Table Entries = new(
    [
        new Column("序号", 36, Align.Center),
        new Column("姓名", 84),
        new Column("服务时长（小时）", 108, Align.Right),
        new Column("称号", 113, Align.Center),
        new Column("证书编号", 142, Align.Center),
    ], PdfFile.Margin, Cell);

    public static void Write(RecognitionListData list, Stream output) =>
        PagedDocument.Write(output, $"{list.Year}年度表彰名单", $"{list.TownName}{list.Year}年度优秀社区教育志愿者表彰名单", list.Issuer, Blocks(list));

    private static List<Block> Blocks(RecognitionListData list)
    {
        var blocks = new List<Block>
        {
            PagedDocument.Paragraph($"{list.TownName}{list.Year}年度优秀社区教育志愿者表彰名单", TitleStyle, Align.Center),
            PagedDocument.Space(6),
            PagedDocument.Paragraph($"共 {list.Entries.Count} 人，按学习点排列", Body, Align.Center),
            PagedDocument.Space(10),
            Entries.Header,
        };
        var number = 0;
        // Groups follow the order in which their first volunteer appears, so the list keeps the certificates' order.
        foreach (var group in list.Entries.GroupBy(e => e.LearningPoint))
        {
            blocks.Add(Entries.GroupHeading($"{group.Key}（{group.Count()} 人）"));
            foreach (var e in group)
                blocks.Add(Entries.Row((++number).ToString(), e.Name, Numbers.Hours(e.YearHours), e.Honour, e.CertificateNo));
        }
        // The issuer never stands alone on a page: the last entry goes with it.
        blocks[^1] = blocks[^1] with { KeepWithNext = true };
        blocks.Add(PagedDocument.Space(24) with { KeepWithNext = true });
        blocks.Add(PagedDocument.Paragraph(list.Issuer, Body, Align.Right) with { KeepWithNext = true });
        blocks.Add(PagedDocument.Paragraph(ChineseDate.Full(list.IssuedOn), Body, Align.Right));
        return blocks;
    }
}
