using System.Text;
using Volunteers.Core.Common;

namespace Volunteers.Core.Documents.Fonts;

/// <summary>A stretch of text that one font prints whole.</summary>
public sealed record FontRun(string Text, EmbeddedFont Font);

/// <summary>
/// Splits text into runs by the first font that has each character's glyph. PDFsharp has no
/// fallback of its own: a character the font lacks would come out as an empty box.
/// </summary>
public static class FontRuns
{
    public static IReadOnlyList<FontRun> Split(string text)
    {
        var fonts = EmbeddedFonts.All;
        var runs = new List<FontRun>();
        var current = new StringBuilder();
        EmbeddedFont? font = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var chosen = IsLayoutOnly(rune) ? font ?? fonts[0] : FontFor(rune, fonts);
            if (font is not null && chosen != font)
            {
                runs.Add(new FontRun(current.ToString(), font));
                current.Clear();
            }
            font = chosen;
            current.Append(rune.ToString());
        }
        if (font is not null) runs.Add(new FontRun(current.ToString(), font));
        return runs;
    }

    private static EmbeddedFont FontFor(Rune rune, IReadOnlyList<EmbeddedFont> fonts) =>
        fonts.FirstOrDefault(f => f.Characters.Has(rune.Value)) ?? throw Unprintable(rune);

    // Spaces print as advance only, so whichever font is current may carry them.
    private static bool IsLayoutOnly(Rune rune) => rune.Value is ' ' or '\u3000';

    public static DomainException Unprintable(Rune rune)
    {
        var code = $"U+{rune.Value:X4}";
        return new DomainException(Problem.Invalid, Text.T(
            $"无法打印字符“{rune}”({code})：字库中没有该字",
            $"Cannot print the character “{rune}” ({code}): no font has it"));
    }
}
