using PdfSharp.Drawing;

namespace Volunteers.Core.Documents.Layout;

/// <summary>One bar; with a target, the bar shows how much of it was reached (a point at half its target, half a bar).</summary>
public sealed record Bar(string Label, double Value, string ValueText, double? Target = null)
{
    public double Measure => Target is { } target ? (target > 0 ? Value / target : 0) : Value;
}

/// <summary>
/// A horizontal bar chart: a label column, bars scaled to the largest value, the value at each bar's end. Bars with targets are
/// scaled to their targets instead, with a mark where each target lies (full width, unless some bar went beyond its target).
/// </summary>
public static class BarChart
{
    private static readonly TextStyle Label = new(9);
    private static readonly TextStyle Title = new(11, Bold: true);
    private static readonly XPen TargetMark = new(XColor.FromArgb(90, 90, 90), 1);
    private const double BarHeight = 12, Gap = 6, TitleGap = 8;

    public static double Height(int bars) => Title.LineHeight + TitleGap + bars * (BarHeight + Gap);

    public static void Draw(XGraphics g, string title, IReadOnlyList<Bar> bars, double x, double top, double width, XColor color)
    {
        Ink.Draw(g, title, Title, x, top);
        var labelWidth = bars.Count == 0 ? 0 : bars.Max(b => Ink.Width(b.Label, Label)) + 8;
        var valueWidth = bars.Count == 0 ? 0 : bars.Max(b => Ink.Width(b.ValueText, Label)) + 6;
        var barArea = Math.Max(10, width - labelWidth - valueWidth);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Measure);
        if (bars.Any(b => b.Target is not null)) max = Math.Max(max, 1);
        var y = top + Title.LineHeight + TitleGap;
        var axisTop = y - Gap / 2;
        var brush = new XSolidBrush(color);
        foreach (var bar in bars)
        {
            var length = max <= 0 ? 0 : barArea * bar.Measure / max;
            var textTop = y + (BarHeight - Label.LineHeight) / 2 + 1;
            Ink.RightAligned(g, bar.Label, Label, x + labelWidth - 6, textTop);
            if (length > 0) g.DrawRectangle(brush, x + labelWidth, y, length, BarHeight);
            var end = length;
            if (bar.Target is not null)
            {
                var mark = x + labelWidth + barArea / max;
                g.DrawLine(TargetMark, mark, y - 2, mark, y + BarHeight + 2);
                // The value follows the mark of a bar short of its target, so the mark never crosses the text.
                end = Math.Max(length, barArea / max);
            }
            Ink.Draw(g, bar.ValueText, Label, x + labelWidth + end + 4, textTop);
            y += BarHeight + Gap;
        }
        g.DrawLine(new XPen(XColors.Gray, 0.6), x + labelWidth, axisTop, x + labelWidth, y - Gap / 2);
    }
}
