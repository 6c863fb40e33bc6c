using PdfSharp;
using PdfSharp.Drawing;
using Volunteers.Core.Common;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Tests.Documents;

public sealed class GlyphTests
{
    private static ReadBack Line(string text) => Pdfs.Render(output =>
    {
        using var document = PdfFile.New("测试", "字形");
        var page = PdfFile.AddPage(document, PageOrientation.Portrait);
        using (var g = XGraphics.FromPdfPage(page)) Ink.Draw(g, text, new TextStyle(14), 50, 50);
        PdfFile.Save(document, output);
    }, "glyphs");

    [Test]
    public void Rare_characters_print_with_the_fallback_font_and_extract_exactly()
    {
        var pdf = Line("吉𠮷与刘䶮、阿卜杜·热合曼 Li 2024");
        Assert.That(pdf.AllText, Is.EqualTo("吉𠮷与刘䶮、阿卜杜·热合曼 Li 2024"));
        Assert.That(pdf.FontNames, Has.Count.EqualTo(2));
        Assert.That(pdf.FontNames, Has.All.Match("^[A-Z]{6}\\+"), "both fonts are embedded as subsets");
    }
}
