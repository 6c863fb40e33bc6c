using System.Text;
using System.Text.RegularExpressions;

namespace Volunteers.Core.Exports;

/// <summary>
/// Text as a spreadsheet cell stores it. Characters outside the BMP (𠮷) stay as they are, encoded in UTF-8; only what
/// XML cannot carry is written as Office's _xHHHH_ escape, and a literal "_x0041_" is protected so it reads back as typed.
/// </summary>
public static partial class OoxmlText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match m in EscapeLike().Matches(text))
        {
            AppendXmlSafe(builder, text.AsSpan(last, m.Index - last));
            builder.Append("_x005F");
            AppendXmlSafe(builder, m.ValueSpan[1..]);
            last = m.Index + m.Length;
        }
        AppendXmlSafe(builder, text.AsSpan(last));
        return builder.ToString();
    }

    private static void AppendXmlSafe(StringBuilder builder, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) builder.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c) || c is < ' ' and not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF') builder.Append($"_x{(int)c:X4}_");
            else builder.Append(c);
        }
    }

    [GeneratedRegex("_x[0-9A-Fa-f]{4}_")]
    private static partial Regex EscapeLike();
}
