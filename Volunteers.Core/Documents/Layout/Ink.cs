using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Volunteers.Core.Documents.Fonts;

namespace Volunteers.Core.Documents.Layout;

public sealed record TextStyle(double Size, bool Bold = false, XColor? Color = null)
{
    /// <summary>Distance from the top of a line to its baseline.</summary>
    public double Ascent => Size * 0.9;

    public double LineHeight => Size * 1.45;

    public TextStyle WithBold() => this with { Bold = true };
}

/// <summary>Measures and draws one line of text, each run with the font that has its glyphs.</summary>
public static class Ink
{
    private static readonly ConcurrentDictionary<(string, double, bool), XFont> Fonts = new();
    // Identity-H Unicode encoding: CJK text is embedded as a glyph subset and stays extractable.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    [ThreadStatic] private static XGraphics? _measure;

    private static XGraphics Measure =>
        _measure ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);

    public static double Width(string text, TextStyle style) =>
        FontRuns.Split(text).Sum(run => Measure.MeasureString(run.Text, FontOf(run, style)).Width);

    /// <summary>Draws text whose line starts at (x, top); returns its width.</summary>
    public static double Draw(XGraphics g, string text, TextStyle style, double x, double top)
    {
        var brush = new XSolidBrush(style.Color ?? XColors.Black);
        var start = x;
        foreach (var run in FontRuns.Split(text))
        {
            var font = FontOf(run, style);
            if (g.PdfPage?.Owner is { } document) UnicodeMaps.Record(document, run.Font, run.Text);
            g.DrawString(run.Text, font, brush, x, top + style.Ascent, XStringFormats.BaseLineLeft);
            x += Measure.MeasureString(run.Text, font).Width;
        }
        return x - start;
    }

    public static void Centered(XGraphics g, string text, TextStyle style, double centerX, double top) =>
        Draw(g, text, style, centerX - Width(text, style) / 2, top);

    public static void RightAligned(XGraphics g, string text, TextStyle style, double right, double top) =>
        Draw(g, text, style, right - Width(text, style), top);

    private static XFont FontOf(FontRun run, TextStyle style) =>
        Fonts.GetOrAdd((run.Font.Family, style.Size, style.Bold), key =>
            new XFont(key.Item1, key.Item2, key.Item3 ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode));
}
