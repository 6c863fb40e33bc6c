using PdfSharp;
using PdfSharp.Drawing;
using Volunteers.Core.Common;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Core.Documents;

/// <summary>荣誉证书: one A4 landscape page per award.</summary>
public static class AwardCertificate
{
    private const double Width = 841.89, Height = 595.28;
    private static readonly XColor Red = XColor.FromArgb(178, 34, 34);
    private static readonly XColor Gold = XColor.FromArgb(196, 160, 82);
    private static readonly TextStyle Heading = new(46, Bold: true, Color: Red);
    private static readonly TextStyle NameStyle = new(30, Bold: true);
    private static readonly TextStyle Body = new(18);
    private static readonly TextStyle Honour = new(26, Bold: true, Color: Red);
    private static readonly TextStyle Small = new(11, Color: XColors.DimGray);

    public static void Write(CertificateData certificate, Stream output) => WriteAll([certificate], output);

    /// <summary>All certificates in one file, one page each, drawn as the sequence is read.</summary>
    public static void WriteAll(IEnumerable<CertificateData> certificates, Stream output)
    {
        using var document = PdfFile.New("荣誉证书", "优秀社区教育志愿者荣誉证书", "");
        foreach (var certificate in certificates)
        {
            // The issuer is known once the sequence is read; the metadata is written with the file, after the pages.
            document.Info.Author = certificate.Issuer;
            document.Info.Subject = $"{certificate.Issuer}{certificate.Year}年度{certificate.Title}荣誉证书";
            var page = PdfFile.AddPage(document, PageOrientation.Landscape);
            // Disposing the graphics closes the page's content stream, so only the page objects accumulate.
            using var g = XGraphics.FromPdfPage(page);
            Draw(g, certificate);
        }
        if (document.PageCount == 0) throw DomainException.Invalid("certificates", "没有可打印的证书");
        PdfFile.Save(document, output);
    }

    private static void Draw(XGraphics g, CertificateData c)
    {
        g.DrawRectangle(new XPen(Red, 3), 24, 24, Width - 48, Height - 48);
        g.DrawRectangle(new XPen(Gold, 1.2), 32, 32, Width - 64, Height - 64);

        Ink.Centered(g, "荣誉证书", Heading, Width / 2, 62);

        const double left = 110, textWidth = Width - 2 * left;
        var nameWidth = Ink.Draw(g, c.Name, NameStyle, left, 150);
        Ink.Draw(g, " 同志：", Body, left + nameWidth, 150 + NameStyle.Ascent - Body.Ascent);

        var used = TextBox.Draw(g, "　　" + c.Citation, Body, left, 205, textWidth);
        Ink.Centered(g, $"{c.Year}年度{c.Title}", Honour, Width / 2, Math.Max(300, 215 + used));
        Ink.Centered(g, "特发此证，以资鼓励。", Body, Width / 2, Math.Max(350, 265 + used));

        const double signCenter = Width - 220;
        SealSpace.Draw(g, signCenter, 470, 50);
        Ink.Centered(g, c.Issuer, Body, signCenter, 440);
        Ink.Centered(g, ChineseDate.Full(c.IssuedOn), Body, signCenter, 470);

        QrCode.Draw(g, c.VerifyUrl, 70, 415, 96);
        Ink.Draw(g, "扫码验证证书", Small, 88, 512);
        Ink.Draw(g, "证书编号：" + c.CertificateNo, Small, 180, 496);
    }
}
