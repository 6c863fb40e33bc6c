using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Documents;

/// <summary>签到表: the roster with blank 签到/签退/签名 boxes, the header repeated and "第 N 页 共 M 页" on every page.</summary>
public static class SignInSheet
{
    /// <summary>Lines left blank under a walk-in activity's roster, for those who come without signing up.</summary>
    public const int WalkInLines = 5;

    private static readonly TextStyle TitleStyle = new(18, Bold: true);
    private static readonly TextStyle Body = new(11);
    private static readonly TextStyle Cell = new(11);

    public static readonly Table Entries = new(
    [
        new Column("序号", 32, Align.Center),
        new Column("姓名", 82),
        new Column("志愿者编号", 92),
        new Column("手机", 79),
        new Column("签到", 58, Align.Center),
        new Column("签退", 58, Align.Center),
        new Column("签名", 82, Align.Center),
    ], PdfFile.Margin, Cell, minRowHeight: 28, grid: true);

    public static void Write(SignInSheetData sheet, Stream output)
    {
        var a = sheet.Activity;
        PagedDocument.Write(output, $"{a.Title} 签到表", $"{sheet.Town}社区教育志愿服务签到表", sheet.Town, Blocks(sheet));
    }

    private static List<Block> Blocks(SignInSheetData sheet)
    {
        var a = sheet.Activity;
        var blocks = new List<Block>
        {
            PagedDocument.Paragraph($"{a.Title} 签到表", TitleStyle, Align.Center),
            PagedDocument.Space(6),
            PagedDocument.Paragraph($"{sheet.Town}社区教育志愿服务 · {sheet.LearningPoint}", Body, Align.Center),
            PagedDocument.Space(8),
            PagedDocument.Paragraph($"时间：{a.When}　　地点：{a.Location ?? "—"}　　已确认报名 {sheet.Entries.Count} 人", Body),
            PagedDocument.Space(8),
            Entries.Header,
        };
        var number = 0;
        foreach (var e in sheet.Entries) blocks.Add(Entries.Row((++number).ToString(), e.Name, e.VolunteerNo, e.MaskedMobile, "", "", ""));
        if (a.WalkIns)
            for (var i = 0; i < WalkInLines; i++) blocks.Add(Entries.Row((++number).ToString(), "", "", "", "", "", ""));
        if (a.IsCancelled) blocks.Insert(1, PagedDocument.Paragraph($"（活动已取消：{a.CancelReason}）", Body, Align.Center));
        blocks[^1] = blocks[^1] with { KeepWithNext = true };
        blocks.Add(PagedDocument.Space(16) with { KeepWithNext = true });
        blocks.Add(PagedDocument.Paragraph("签到、签退请填写时间（如 09:05）；服务时长由学习点按签到表核实后录入。", Body));
        return blocks;
    }
}
