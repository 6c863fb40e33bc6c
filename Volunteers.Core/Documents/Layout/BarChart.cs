using PdfSharp.Drawing;

namespace Volunteers.Core.Documents.Layout;

public sealed record Bar(string Label, double Value, string ValueText);

/// <summary>A horizontal bar chart: a label column, bars scaled to the largest value, the value at each bar's end.</summary>
public static class BarChart
{
    private static readonly TextStyle Label = new(9);
    private static readonly TextStyle Title = new(11, Bold: true);
    private const double BarHeight = 12, Gap = 6, TitleGap = 8;

    public static double Height(int bars) => Title.LineHeight + TitleGap + bars * (BarHeight + Gap);

    public static void Draw(XGraphics g, string title, IReadOnlyList<Bar> bars, double x, double top, double width, XColor color)
    {
        Ink.Draw(g, title, Title, x, top);
        var labelWidth = bars.Count == 0 ? 0 : bars.Max(b => Ink.Width(b.Label, Label)) + 8;
        var valueWidth = bars.Count == 0 ? 0 : bars.Max(b => Ink.Width(b.ValueText, Label)) + 6;
        var barArea = Math.Max(10, width - labelWidth - valueWidth);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var y = top + Title.LineHeight + TitleGap;
        var axisTop = y - Gap / 2;
        var brush = new XSolidBrush(color);
        foreach (var bar in bars)
        {
            var length = max <= 0 ? 0 : barArea * bar.Value / max;
            var textTop = y + (BarHeight - Label.LineHeight) / 2 + 1;
            Ink.RightAligned(g, bar.Label, Label, x + labelWidth - 6, textTop);
            if (length > 0) g.DrawRectangle(brush, x + labelWidth, y, length, BarHeight);
            Ink.Draw(g, bar.ValueText, Label, x + labelWidth + length + 4, textTop);
            y += BarHeight + Gap;
        }
        g.DrawLine(new XPen(XColors.Gray, 0.6), x + labelWidth, axisTop, x + labelWidth, y - Gap / 2);
    }
}
