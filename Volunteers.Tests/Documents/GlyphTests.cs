using PdfSharp;
using PdfSharp.Drawing;
using Volunteers.Core.Common;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Tests.Documents;

public sealed class GlyphTests
{
    private static ReadBack Line(string text) => Pdfs.Render(output =>
    {
        using var document = PdfFile.New("测试", "字形", "测试");
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
        Assert.That(pdf.Occurrences("吉𠮷").Single().Select(l => l.FontName), Has.Exactly(1).Contains("WenQuanYi").And.Exactly(1).Contains("Noto Sans CJK SC"));
        Assert.That(pdf.Occurrences("䶮").Single().Single().FontName, Does.Contain("Noto Sans CJK SC"), "Extension A in the sans face too");
    }

    [Test]
    public void A_rare_character_the_sans_face_lacks_prints_in_the_serif_fallback()
    {
        var pdf = Line("王\U00020041");
        Assert.That(pdf.AllText, Is.EqualTo("王\U00020041"));
        Assert.That(pdf.Occurrences("\U00020041").Single().Single().FontName, Does.Contain("HanaMinA"));
    }
}
