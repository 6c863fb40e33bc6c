using PdfSharp;
using PdfSharp.Drawing;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Documents;

/// <summary>志愿者证: an A6-sized card with a cutting line at the top of an A4 page, and how to keep it below.</summary>
public static class VolunteerCard
{
    private const double Left = 88, Top = 60, Width = 419.5, Height = 297.6;
    private static readonly XColor Red = XColor.FromArgb(178, 34, 34);
    private static readonly XPen CutLine = new(XColors.Gray, 0.6) { DashStyle = XDashStyle.Dash };
    private static readonly TextStyle Heading = new(20, Bold: true, Color: Red);
    private static readonly TextStyle NameStyle = new(24, Bold: true);
    private static readonly TextStyle Field = new(12);
    private static readonly TextStyle Small = new(10, Color: XColors.DimGray);
    private static readonly TextStyle Note = new(12);

    public static void Write(VolunteerCardData card, Stream output)
    {
        using var document = PdfFile.New("志愿者证", $"{card.TownName}社区教育志愿者个人志愿者证", card.Issuer);
        var page = PdfFile.AddPage(document, PageOrientation.Portrait);
        using (var g = XGraphics.FromPdfPage(page)) Draw(g, card);
        PdfFile.Save(document, output);
    }

    private static void Draw(XGraphics g, VolunteerCardData c)
    {
        g.DrawRectangle(CutLine, Left - 8, Top - 8, Width + 16, Height + 16);
        g.DrawRectangle(new XPen(Red, 2), Left, Top, Width, Height);
        g.DrawRectangle(new XSolidBrush(Red), Left, Top, Width, 6);
        Ink.Centered(g, c.TownName + "社区教育志愿者证", Heading, Left + Width / 2, Top + 20);

        const double textLeft = Left + 24, qrSide = 150;
        Ink.Draw(g, c.Name, NameStyle, textLeft, Top + 78);
        var y = Top + 126;
        foreach (var line in new[] { "编号：" + c.VolunteerNo, "学习点：" + c.LearningPointName, "发证：" + c.Issuer, "日期：" + ChineseDate.Full(c.IssuedOn) })
        {
            Ink.Draw(g, line, Field, textLeft, y);
            y += Field.LineHeight + 4;
        }

        var qrLeft = Left + Width - qrSide - 20;
        QrCode.Draw(g, c.CardUrl, qrLeft, Top + 66, qrSide);
        Ink.Centered(g, "扫码查看我的服务记录", Small, qrLeft + qrSide / 2, Top + 66 + qrSide + 4);

        var notes = Top + Height + 40;
        Ink.Draw(g, "使用说明", Field.WithBold(), Left, notes);
        TextBox.Draw(g, "　　用手机（微信“扫一扫”即可）扫描二维码，可查看本人的服务时长、星级、积分和荣誉，下载服务记录证明，报名参加活动。" +
                        "二维码就是您的个人凭证，请妥善保管，不要转发或拍照发给他人。证件遗失或泄露时，请联系所在学习点的联络员作废并补发，旧证随即失效。",
            Note, Left, notes + 24, Width);
    }
}
