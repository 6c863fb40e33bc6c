using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using Volunteers.Core.Common;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Documents;

/// <summary>志愿服务记录证明: A4 portrait, the services as a table over as many pages as they need.</summary>
public static partial class ServiceRecordProof
{
    private static readonly TextStyle TitleStyle = new(22, Bold: true);
    private static readonly TextStyle Body = new(12);
    private static readonly TextStyle Cell = new(10.5);
    private static readonly TextStyle Note = new(9, Color: XColors.DimGray);
    private const double ClosingHeight = 150;

    public static readonly Table Services = new(
    [
        new Column("日期", 86, Align.Center),
        new Column("服务活动", 217),
        new Column("时长（小时）", 75, Align.Right),
        new Column("学习点", 105),
    ], PdfFile.Margin, Cell);

    public static void Write(ServiceRecordProofData proof, Stream output)
    {
        if (proof.MaskedIdNumber is not null && WholeIdNumber().IsMatch(proof.MaskedIdNumber))
            throw DomainException.Invalid("idNumber", "证明上的身份证号必须是遮蔽后的号码");
        PagedDocument.Write(output, "志愿服务记录证明", $"{proof.Name}的志愿服务记录证明", proof.Issuer, Blocks(proof));
    }

    private static List<Block> Blocks(ServiceRecordProofData p)
    {
        var blocks = new List<Block>
        {
            PagedDocument.Paragraph("志愿服务记录证明", TitleStyle, Align.Center),
            PagedDocument.Paragraph("证明编号：" + p.ProofNo, Note, Align.Right),
            PagedDocument.Space(10),
            PagedDocument.Paragraph(
                $"　　兹证明 {p.Name}（{(p.MaskedIdNumber is null ? "" : $"身份证号：{p.MaskedIdNumber}，")}志愿者编号：{p.VolunteerNo}）" +
                $"于 {p.From:yyyy年M月d日} 至 {p.To:yyyy年M月d日} 期间参加{p.TownName}社区教育志愿服务，" +
                $"经审核的服务记录共 {p.Services.Count} 条，累计服务时长 {Numbers.Hours(p.TotalHours)} 小时。明细如下：",
                Body),
            PagedDocument.Space(8),
            Services.Header,
        };
        blocks.AddRange(p.Services.Select(s =>
            Services.Row(s.Date.ToString("yyyy-MM-dd"), s.Activity, Numbers.Hours(s.Hours), s.LearningPoint)));
        // The signature never stands alone on a page: the last service and the total go with it.
        if (p.Services.Count > 0) blocks[^1] = blocks[^1] with { KeepWithNext = true };
        blocks.Add(Services.Row("合计", "", Numbers.Hours(p.TotalHours), "") with { KeepWithNext = true });
        blocks.Add(PagedDocument.Space(12) with { KeepWithNext = true });
        blocks.Add(new Block(ClosingHeight, (g, top) => Closing(g, p, top)));
        return blocks;
    }

    private static void Closing(XGraphics g, ServiceRecordProofData p, double top)
    {
        var right = PagedDocument.A4.Width - PdfFile.Margin;
        Ink.Draw(g, "　　特此证明。", Body, PdfFile.Margin, top);
        SealSpace.Draw(g, right - 80, top + 80, 45);
        Ink.Centered(g, p.Issuer, Body, right - 80, top + 60);
        Ink.Centered(g, ChineseDate.Full(p.IssuedOn), Body, right - 80, top + 84);
        QrCode.Draw(g, p.VerifyUrl, PdfFile.Margin, top + 30, 80);
        Ink.Draw(g, "扫码核验本证明", Note, PdfFile.Margin + 8, top + 112);
    }

    [GeneratedRegex(@"\d{17}[\dXx]")]
    private static partial Regex WholeIdNumber();
}
