using System.Runtime.CompilerServices;
using System.Text;
using PdfSharp.Pdf;

namespace Volunteers.Core.Documents.Fonts;

/// <summary>
/// PDFsharp 6.2 writes a character beyond the BMP into a font's ToUnicode map as five hex digits
/// rather than a UTF-16 surrogate pair, so 𠮷 printed fine but extracted (copied, searched) as garbage.
/// The characters each font printed are recorded here, and before saving, the map of a font that
/// printed any such character is replaced by a correct one.
/// </summary>
public static class UnicodeMaps
{
    private static readonly ConditionalWeakTable<PdfDocument, Dictionary<EmbeddedFont, HashSet<int>>> Printed = new();

    public static void Record(PdfDocument document, EmbeddedFont font, string text)
    {
        var byFont = Printed.GetOrCreateValue(document);
        if (!byFont.TryGetValue(font, out var codePoints)) byFont[font] = codePoints = [];
        foreach (var rune in text.EnumerateRunes()) codePoints.Add(rune.Value);
    }

    public static void Repair(PdfDocument document)
    {
        if (!Printed.TryGetValue(document, out var byFont)) return;
        var repaired = new HashSet<PdfDictionary>();
        foreach (var page in document.Pages)
        {
            var fonts = page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font");
            if (fonts is null) continue;
            foreach (var key in fonts.Elements.Keys)
            {
                var dictionary = fonts.Elements.GetDictionary(key);
                if (dictionary is null || !repaired.Add(dictionary)) continue;
                var baseFont = dictionary.Elements.GetName("/BaseFont");
                var (font, codePoints) = byFont.FirstOrDefault(f => baseFont.Contains(f.Key.PdfName));
                if (font is null || codePoints.All(c => c <= 0xFFFF)) continue;
                var map = new PdfDictionary(document);
                map.CreateStream(Encoding.ASCII.GetBytes(CMap(font, codePoints)));
                document.Internals.AddObject(map);
                dictionary.Elements.SetReference("/ToUnicode", map);
            }
        }
    }

    private static string CMap(EmbeddedFont font, IEnumerable<int> codePoints)
    {
        var text = new StringBuilder("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """);
        // A bfchar block may hold at most 100 entries.
        foreach (var chunk in codePoints.Order().Chunk(100))
        {
            text.Append(chunk.Length).Append(" beginbfchar\n");
            foreach (var codePoint in chunk)
            {
                var utf16 = string.Concat(new Rune(codePoint).ToString().Select(u => ((int)u).ToString("X4")));
                text.Append($"<{font.Characters.GlyphOf(codePoint):X4}> <{utf16}>\n");
            }
            text.Append("endbfchar\n");
        }
        return text.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }
}
