using System.Buffers.Binary;

namespace Volunteers.Core.Documents.Fonts;

/// <summary>
/// The characters a TrueType font has glyphs for, read from its cmap table. PDFsharp keeps its own
/// reader internal, and without this a missing character would print as an empty box.
/// </summary>
public sealed class CharacterMap
{
    private readonly Dictionary<int, int> _glyphs;

    private CharacterMap(Dictionary<int, int> glyphs) => _glyphs = glyphs;

    public int Count => _glyphs.Count;

    public bool Has(int codePoint) => _glyphs.ContainsKey(codePoint);

    /// <summary>The glyph index of a character the font has; PDFsharp's Identity-H text uses it as the CID.</summary>
    public int GlyphOf(int codePoint) => _glyphs[codePoint];

    public static CharacterMap Read(ReadOnlySpan<byte> font)
    {
        var cmap = FindTable(font, "cmap");
        var best = -1;
        var bestRank = 0;
        var count = U16(cmap, 2);
        for (var i = 0; i < count; i++)
        {
            var record = cmap[(4 + i * 8)..];
            var rank = (U16(record, 0), U16(record, 2)) switch
            {
                (3, 10) or (0, 4) => 2,   // full Unicode, format 12
                (3, 1) or (0, 3) => 1,    // BMP only, format 4
                _ => 0,
            };
            if (rank > bestRank) (best, bestRank) = ((int)U32(record, 4), rank);
        }
        if (best < 0) throw new InvalidDataException("The font has no Unicode cmap.");
        var table = cmap[best..];
        return U16(table, 0) switch
        {
            12 => new CharacterMap(ReadFormat12(table)),
            4 => new CharacterMap(ReadFormat4(table)),
            var format => throw new InvalidDataException($"cmap format {format} is not read here."),
        };
    }

    private static Dictionary<int, int> ReadFormat12(ReadOnlySpan<byte> table)
    {
        var map = new Dictionary<int, int>();
        var groups = U32(table, 12);
        for (var i = 0; i < groups; i++)
        {
            var group = table[(16 + i * 12)..];
            var (first, last, glyph) = (U32(group, 0), U32(group, 4), U32(group, 8));
            for (var c = first; c <= last; c++)
                if (glyph + (c - first) != 0) map[(int)c] = (int)(glyph + (c - first));
        }
        return map;
    }

    private static Dictionary<int, int> ReadFormat4(ReadOnlySpan<byte> table)
    {
        var map = new Dictionary<int, int>();
        var segments = U16(table, 6) / 2;
        var ends = 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var offsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = U16(table, ends + s * 2), start = U16(table, starts + s * 2);
            var delta = (short)U16(table, deltas + s * 2);
            var offsetAt = offsets + s * 2;
            var rangeOffset = U16(table, offsetAt);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0
                    ? (c + delta) & 0xFFFF
                    : U16(table, offsetAt + rangeOffset + (c - start) * 2) is var g and not 0 ? (g + delta) & 0xFFFF : 0;
                if (glyph != 0) map[c] = glyph;
            }
        }
        return map;
    }

    private static ReadOnlySpan<byte> FindTable(ReadOnlySpan<byte> font, string tag)
    {
        var tables = U16(font, 4);
        for (var i = 0; i < tables; i++)
        {
            var record = font[(12 + i * 16)..];
            if (System.Text.Encoding.ASCII.GetString(record[..4]) == tag)
                return font.Slice((int)U32(record, 8), (int)U32(record, 12));
        }
        throw new InvalidDataException($"The font has no {tag} table.");
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
    private static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
