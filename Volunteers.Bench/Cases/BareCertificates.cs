using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Volunteers.Core.Documents;
using Volunteers.Core.Documents.Fonts;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 4's baseline: the certificate page drawn with PDFsharp alone — the same border, the same lines of Chinese text in the
/// same embedded font (fonts created once, up front), one QR matrix computed once, drawn as the same runs of rectangles. No measuring, wrapping,
/// per-glyph font fallback, QR encoding or ToUnicode repair: what is left of our renderer's time is the cost of those.
/// </summary>
public sealed class BareCertificates
{
    private const double Width = 841.89, Height = 595.28;
    private static readonly XColor Red = XColor.FromArgb(178, 34, 34);
    private static readonly XPen Border = new(Red, 3), Inner = new(XColor.FromArgb(196, 160, 82), 1.2);
    private static readonly XBrush RedInk = new XSolidBrush(Red), Gray = new XSolidBrush(XColors.DimGray);
    private readonly XFont _heading, _name, _body, _honour, _small;
    private readonly List<XRect> _qr = [];

    public BareCertificates()
    {
        var family = EmbeddedFonts.Main.Family;
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        XFont Font(double size, bool bold) => new(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, unicode);
        (_heading, _name, _body, _honour, _small) = (Font(46, true), Font(30, true), Font(18, false), Font(26, true), Font(11, false));
        var modules = QrCode.Modules("https://fuhuan.example.cn/verify/0123456789ABCDEFGHJKMNPQRS");
        var unit = 96.0 / modules.Length;
        for (var row = 0; row < modules.Length; row++)
            for (var start = 0; start < modules[row].Length; start++)
            {
                if (!modules[row][start]) continue;
                var end = start;
                while (end + 1 < modules[row].Length && modules[row][end + 1]) end++;
                _qr.Add(new XRect(70 + start * unit, 415 + row * unit, (end - start + 1) * unit, unit));
                start = end;
            }
    }

    public void WriteAll(IEnumerable<CertificateData> certificates, Stream output)
    {
        using var document = new PdfDocument();
        document.Info.Title = "荣誉证书";
        document.Options.CompressContentStreams = true;
        foreach (var c in certificates)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Landscape;
            using var g = XGraphics.FromPdfPage(page);
            Draw(g, c);
        }
        document.Save(output, closeStream: false);
    }

    private void Draw(XGraphics g, CertificateData c)
    {
        g.DrawRectangle(Border, 24, 24, Width - 48, Height - 48);
        g.DrawRectangle(Inner, 32, 32, Width - 64, Height - 64);
        Centered(g, "荣誉证书", _heading, RedInk, 0, Width, 104);
        g.DrawString(c.Name + " 同志：", _name, XBrushes.Black, 110, 177, XStringFormats.BaseLineLeft);
        // The citation in lines of a fixed number of characters: a bare loop does not measure.
        var citation = "　　" + c.Citation;
        for (int i = 0, line = 0; i < citation.Length; i += 34, line++)
            g.DrawString(citation.Substring(i, Math.Min(34, citation.Length - i)), _body, XBrushes.Black, 110, 221 + line * 26, XStringFormats.BaseLineLeft);
        Centered(g, $"{c.Year}年度{c.Title}", _honour, RedInk, 0, Width, 323);
        Centered(g, "特发此证，以资鼓励。", _body, XBrushes.Black, 0, Width, 366);
        Centered(g, c.Issuer, _body, XBrushes.Black, Width - 320, 200, 456);
        Centered(g, ChineseDate.Full(c.IssuedOn), _body, XBrushes.Black, Width - 320, 200, 486);
        foreach (var r in _qr) g.DrawRectangle(XBrushes.Black, r);
        g.DrawString("扫码验证证书", _small, Gray, 88, 522, XStringFormats.BaseLineLeft);
        g.DrawString("证书编号：" + c.CertificateNo, _small, Gray, 180, 506, XStringFormats.BaseLineLeft);
    }

    private static void Centered(XGraphics g, string text, XFont font, XBrush brush, double left, double width, double baseline) =>
        g.DrawString(text, font, brush, new XRect(left, baseline - 100, width, 100), XStringFormats.BottomCenter);
}
