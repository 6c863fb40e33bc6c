using PdfSharp.Fonts;

namespace Volunteers.Core.Documents.Fonts;

/// <summary>One font shipped inside this assembly, the characters it can print, and the name PDFsharp gives it in a PDF.</summary>
public sealed record EmbeddedFont(string Family, byte[] Data, CharacterMap Characters, string PdfName);

/// <summary>
/// The fonts every document prints with, in the order they are tried for a character: WenQuanYi Micro Hei; then, for rare
/// characters of names (CJK Extension A and B+), the Noto Sans CJK SC subset, a sans face like the text around them; then
/// the HanaMinA subset (a serif) for the few hundred that Noto lacks.
/// </summary>
public static class EmbeddedFonts
{
    private static readonly Lazy<IReadOnlyList<EmbeddedFont>> Loaded = new(() =>
    {
        var fonts = new[]
        {
            Load("Volunteers Main", "WenQuanYiMicroHei.ttf", "WenQuanYi"),
            Load("Volunteers Sans Rare", "NotoSansSC-Rare.ttf", "Noto Sans CJK SC"),
            Load("Volunteers Rare", "HanaMinA-Rare.ttf", "HanaMinA"),
        };
        // PDFsharp's resolver is process-wide and may be set only once.
        GlobalFontSettings.FontResolver ??= new Resolver(fonts);
        if (GlobalFontSettings.FontResolver is not Resolver)
            throw new InvalidOperationException("Another PDFsharp font resolver is set; documents need the embedded fonts.");
        return fonts;
    });

    /// <summary>The fonts, loaded and registered with PDFsharp on first use.</summary>
    public static IReadOnlyList<EmbeddedFont> All => Loaded.Value;

    public static EmbeddedFont Main => All[0];

    private static EmbeddedFont Load(string family, string file, string pdfName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream("Volunteers.Fonts." + file)
            ?? throw new InvalidOperationException($"The font {file} is not embedded in Volunteers.Core.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return new EmbeddedFont(family, data, CharacterMap.Read(data), pdfName);
    }

    private sealed class Resolver(IReadOnlyList<EmbeddedFont> fonts) : IFontResolver
    {
        // No font here has a bold cut: PDFsharp thickens the outlines when bold is asked for.
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            fonts.Any(f => f.Family == familyName) ? new FontResolverInfo(familyName, bold, italic) : null;

        public byte[]? GetFont(string faceName) => fonts.FirstOrDefault(f => f.Family == faceName)?.Data;
    }
}
