using PdfSharp.Drawing;
using QRCoder;

namespace Volunteers.Core.Documents.Layout;

/// <summary>A QR code drawn as vector rectangles, so it stays sharp at any zoom and costs a few KB.</summary>
public static class QrCode
{
    /// <summary>QRCoder's module matrix for the text, quiet zone included: true is a dark module.</summary>
    public static bool[][] Modules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    }

    /// <summary>Draws the code in a square of the given side whose top-left corner is (x, y).</summary>
    public static void Draw(XGraphics g, string text, double x, double y, double side)
    {
        var modules = Modules(text);
        var unit = side / modules.Length;
        for (var row = 0; row < modules.Length; row++)
        {
            var cells = modules[row];
            for (var start = 0; start < cells.Length; start++)
            {
                if (!cells[start]) continue;
                var end = start;
                while (end + 1 < cells.Length && cells[end + 1]) end++;
                // One rectangle per horizontal run of dark modules keeps the page stream short.
                g.DrawRectangle(XBrushes.Black, x + start * unit, y + row * unit, (end - start + 1) * unit, unit);
                start = end;
            }
        }
    }
}
