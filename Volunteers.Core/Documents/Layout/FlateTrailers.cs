using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Volunteers.Core.Documents.Layout;

/// <summary>
/// PDFsharp 6.2 writes each /FlateDecode stream as a zlib header and raw deflate data but leaves out zlib's Adler-32
/// checksum (its FlateDecode.Encode wraps a DeflateStream, not a ZLibStream), so qpdf --check, and the preflight of a
/// print shop, warns "input stream is complete but output may still be valid" on every page and font. After saving,
/// each such stream is written again as a complete zlib stream, and the cross-reference table is moved with it.
/// </summary>
public static partial class FlateTrailers
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static byte[] Complete(byte[] pdf)
    {
        var text = Latin1.GetString(pdf);
        var edits = new List<(int Start, int End, byte[] With)>();
        foreach (Match stream in StreamStart().Matches(text))
        {
            var dictionaryStart = text.LastIndexOf(" obj\n", stream.Index, StringComparison.Ordinal);
            var dictionary = text[dictionaryStart..stream.Index];
            if (!dictionary.Contains("/Filter/FlateDecode", StringComparison.Ordinal) || LengthOf().Match(dictionary) is not { Success: true } length) continue;
            var dataStart = stream.Index + stream.Length;
            var dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
            if (dataStart + dataLength > pdf.Length || !text.AsSpan(dataStart + dataLength).StartsWith("\nendstream")) continue;
            var recompressed = Zlib(Inflate(pdf.AsSpan(dataStart + 2, dataLength - 2)));
            var lengthDigits = dictionaryStart + length.Groups[1].Index;
            edits.Add((lengthDigits, lengthDigits + length.Groups[1].Length, Latin1.GetBytes(recompressed.Length.ToString(CultureInfo.InvariantCulture))));
            edits.Add((dataStart, dataStart + dataLength, recompressed));
        }
        return edits.Count == 0 ? pdf : MoveCrossReferences(Apply(pdf, edits), edits);
    }

    private static byte[] Inflate(ReadOnlySpan<byte> deflate)
    {
        using var input = new DeflateStream(new MemoryStream(deflate.ToArray()), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private static byte[] Apply(byte[] pdf, List<(int Start, int End, byte[] With)> edits)
    {
        using var output = new MemoryStream(pdf.Length + 1024);
        var at = 0;
        foreach (var (start, end, with) in edits)
        {
            output.Write(pdf, at, start - at);
            output.Write(with);
            at = end;
        }
        output.Write(pdf, at, pdf.Length - at);
        return output.ToArray();
    }

    /// <summary>The table's entries are fixed-width, so each offset is rewritten in place, as is startxref.</summary>
    private static byte[] MoveCrossReferences(byte[] pdf, List<(int Start, int End, byte[] With)> edits)
    {
        long Moved(long offset) => offset + edits.Where(e => e.End <= offset).Sum(e => e.With.Length - (e.End - e.Start));
        var text = Latin1.GetString(pdf);
        var table = text.LastIndexOf("\nxref\n", StringComparison.Ordinal);
        var trailer = text.IndexOf("trailer", table, StringComparison.Ordinal);
        var entries = Entry().Replace(text[table..trailer], m => $"{Moved(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)):D10} {m.Groups[2].Value} n ");
        var tail = StartXref().Replace(text[trailer..], m => $"startxref\n{Moved(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))}\n");
        return Latin1.GetBytes(text[..table] + entries + tail);
    }

    [GeneratedRegex(">>\nstream\n")]
    private static partial Regex StreamStart();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthOf();

    [GeneratedRegex(@"(\d{10}) (\d{5}) n ")]
    private static partial Regex Entry();

    [GeneratedRegex(@"startxref\n(\d+)\n")]
    private static partial Regex StartXref();
}
