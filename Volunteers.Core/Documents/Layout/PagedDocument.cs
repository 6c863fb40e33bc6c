using PdfSharp;
using PdfSharp.Drawing;

namespace Volunteers.Core.Documents.Layout;

/// <summary>A portrait A4 document whose blocks flow over as many pages as they need, each page footed "第 N 页 共 M 页".</summary>
public static class PagedDocument
{
    public static readonly XSize A4 = new(595.28, 841.89);
    public const double Top = PdfFile.Margin, Bottom = 841.89 - PdfFile.Margin - 20;
    public static double ContentWidth => A4.Width - 2 * PdfFile.Margin;
    private static readonly TextStyle Footer = new(9, Color: XColors.DimGray);

    public static void Write(Stream output, string title, string subject, string author, IReadOnlyList<Block> blocks)
    {
        using var document = PdfFile.New(title, subject, author);
        var pages = Flow.Paginate(blocks, Top, Bottom);
        for (var n = 0; n < pages.Count; n++)
        {
            var page = PdfFile.AddPage(document, PageOrientation.Portrait);
            using var g = XGraphics.FromPdfPage(page);
            foreach (var placed in pages[n]) placed.Block.Draw(g, placed.Top);
            Ink.Centered(g, $"第 {n + 1} 页 共 {pages.Count} 页", Footer, A4.Width / 2, A4.Height - PdfFile.Margin + 4);
        }
        PdfFile.Save(document, output);
    }

    private static readonly TextStyle SectionStyle = new(14, Bold: true);

    /// <summary>A section's heading (一、…), kept on the page of what follows it.</summary>
    public static Block Heading(string text) =>
        new(SectionStyle.LineHeight + 14, (g, top) => Ink.Draw(g, text, SectionStyle, PdfFile.Margin, top + 8)) { KeepWithNext = true };

    /// <summary>A bar chart across the content width.</summary>
    public static Block Chart(string title, IReadOnlyList<Bar> bars, XColor color) =>
        new(BarChart.Height(bars.Count) + 10, (g, top) => BarChart.Draw(g, title, bars, PdfFile.Margin, top + 6, ContentWidth, color));

    /// <summary>Vertical space as a block, to separate sections.</summary>
    public static Block Space(double height) => new(height, (_, _) => { });

    /// <summary>A paragraph across the content width.</summary>
    public static Block Paragraph(string text, TextStyle style, Align align = Align.Left)
    {
        var lines = TextBox.Wrap(text, style, ContentWidth);
        return new Block(lines.Count * style.LineHeight, (g, top) =>
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var lineTop = top + i * style.LineHeight;
                if (align == Align.Center) Ink.Centered(g, lines[i], style, A4.Width / 2, lineTop);
                else if (align == Align.Right) Ink.RightAligned(g, lines[i], style, A4.Width - PdfFile.Margin, lineTop);
                else Ink.Draw(g, lines[i], style, PdfFile.Margin, lineTop);
            }
        });
    }
}
