using System.Globalization;
using PdfSharp.Drawing;

namespace Volunteers.Core.Documents.Layout;

/// <summary>Text wrapped into a width: Chinese breaks between any two characters, Latin words and numbers stay whole.</summary>
public static class TextBox
{
    // Closing punctuation must not begin a line (避头), so it sticks to the character before it.
    private const string NoLineStart = "，。、；：？！）》」』”’%·,.;:?!)]";

    public static IReadOnlyList<string> Wrap(string text, TextStyle style, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            var lineWidth = 0.0;
            foreach (var piece in Pieces(paragraph))
            {
                // Advance widths add up (no kerning across pieces), so each piece is measured once, not the whole line again.
                var pieceWidth = Ink.Width(piece, style);
                if (line.Length > 0 && lineWidth + pieceWidth > width)
                {
                    lines.Add(line.TrimEnd());
                    line = piece.TrimStart();
                    lineWidth = Ink.Width(line, style);
                }
                else
                {
                    line += piece;
                    lineWidth += pieceWidth;
                }
            }
            lines.Add(line.TrimEnd());
        }
        return lines;
    }

    public static double Height(string text, TextStyle style, double width) => Wrap(text, style, width).Count * style.LineHeight;

    /// <summary>Draws the wrapped text from (x, top); returns the height used.</summary>
    public static double Draw(XGraphics g, string text, TextStyle style, double x, double top, double width)
    {
        var lines = Wrap(text, style, width);
        for (var i = 0; i < lines.Count; i++) Ink.Draw(g, lines[i], style, x, top + i * style.LineHeight);
        return lines.Count * style.LineHeight;
    }

    /// <summary>The unbreakable pieces: a Latin word or number with its trailing space, or one other character.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        var word = "";
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var isWordPart = element.Length == 1 && (char.IsAsciiLetterOrDigit(element[0]) || element[0] is '-' or '\'');
            if (isWordPart && !word.EndsWith(' ')) { word += element; continue; }
            if (element == " " || NoLineStart.Contains(element)) { word += element; continue; }
            if (word.Length > 0) yield return word;
            word = element;
        }
        if (word.Length > 0) yield return word;
    }
}
