using PdfSharp;
using PdfSharp.Drawing;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Documents;

/// <summary>The A4 check-in poster: title, time and place, a QR code large enough to scan from a step away, and how to use it.</summary>
public static class CheckinPoster
{
    private const double PageWidth = 595.3, Margin = 60, QrSide = 300;
    private static readonly XColor Red = XColor.FromArgb(178, 34, 34);
    private static readonly TextStyle Heading = new(18, Color: Red);
    private static readonly TextStyle TitleStyle = new(28, Bold: true);
    private static readonly TextStyle Field = new(16);
    private static readonly TextStyle Call = new(30, Bold: true, Color: Red);
    private static readonly TextStyle Note = new(12, Color: XColors.DimGray);

    public static void Write(CheckinPosterData poster, Stream output)
    {
        using var document = PdfFile.New("活动签到", $"{poster.TownName}社区教育活动扫码签到：{poster.Title}", poster.Organiser);
        var page = PdfFile.AddPage(document, PageOrientation.Portrait);
        using (var g = XGraphics.FromPdfPage(page)) Draw(g, poster);
        PdfFile.Save(document, output);
    }

    private static void Draw(XGraphics g, CheckinPosterData p)
    {
        const double width = PageWidth - 2 * Margin, center = PageWidth / 2;
        g.DrawRectangle(new XSolidBrush(Red), 0, 0, PageWidth, 10);
        Ink.Centered(g, $"{p.TownName}社区教育志愿服务 · 活动签到", Heading, center, 40);
        var y = 76.0;
        foreach (var line in TextBox.Wrap(p.Title, TitleStyle, width))
        {
            Ink.Centered(g, line, TitleStyle, center, y);
            y += TitleStyle.LineHeight;
        }
        y += 10;
        var fields = new List<string> { "时间：" + p.When };
        if (!string.IsNullOrWhiteSpace(p.Location)) fields.Add("地点：" + p.Location);
        fields.Add("主办：" + p.Organiser);
        foreach (var line in fields)
        {
            Ink.Centered(g, line, Field, center, y);
            y += Field.LineHeight + 4;
        }
        y += 14;
        QrCode.Draw(g, p.CheckinUrl, center - QrSide / 2, y, QrSide);
        y += QrSide + 16;
        Ink.Centered(g, "微信扫码签到 / 签退", Call, center, y);
        y += Call.LineHeight + 8;
        Ink.Centered(g, "签到时间：" + p.Window, Field, center, y);
        y += Field.LineHeight + 18;
        TextBox.Draw(g, "　　到场时扫一次签到，离开时再扫一次签退，服务时长由系统按签到、签退时间自动计算，经审核后计入个人记录。" +
                        "请先打开本人的志愿者证（扫描志愿者证上的二维码）；还没有志愿者证或没有手机的，请找现场联络员登记。", Note, Margin, y, width);
    }
}
