using System.Globalization;
using PdfSharp.Drawing;

namespace Volunteers.Core.Documents.Layout;

/// <summary>
/// A year's line against a target: twelve month slots, the months so far joined by a line with their values above the
/// dots, and a dashed level where the target lies, so a reader sees how far the line still is from it.
/// </summary>
public static class LineChart
{
    private static readonly TextStyle Label = new(9);
    private static readonly TextStyle Title = new(11, Bold: true);
    private const double PlotHeight = 120, TitleGap = 8, AxisLabels = 16;

    public static double Height => Title.LineHeight + TitleGap + PlotHeight + AxisLabels;

    public static void Draw(XGraphics g, string title, IReadOnlyList<int> months, int target, double x, double top, double width, XColor color)
    {
        Ink.Draw(g, title, Title, x, top);
        var plotTop = top + Title.LineHeight + TitleGap;
        var bottom = plotTop + PlotHeight;
        var left = x + 8;
        var slot = (width - 16) / 12;
        var max = Math.Max(1, Math.Max(target, months.DefaultIfEmpty(0).Max())) * 1.1;
        double Y(int value) => bottom - PlotHeight * value / max;
        double X(int month) => left + slot * (month + 0.5);

        var axis = new XPen(XColors.Gray, 0.6);
        g.DrawLine(axis, left, bottom, left + slot * 12, bottom);
        for (var m = 0; m < 12; m++) Ink.Centered(g, $"{m + 1}月", Label, X(m), bottom + 3);
        var dashed = new XPen(XColor.FromArgb(200, 80, 60), 1) { DashStyle = XDashStyle.Dash };
        g.DrawLine(dashed, left, Y(target), left + slot * 12, Y(target));
        Ink.RightAligned(g, $"目标 {target.ToString("N0", CultureInfo.InvariantCulture)} 人", Label, left + slot * 12, Y(target) - Label.LineHeight - 1);

        var line = new XPen(color, 1.6);
        var dot = new XSolidBrush(color);
        for (var m = 0; m < months.Count; m++)
        {
            if (m > 0) g.DrawLine(line, X(m - 1), Y(months[m - 1]), X(m), Y(months[m]));
            g.DrawEllipse(dot, X(m) - 2.5, Y(months[m]) - 2.5, 5, 5);
            Ink.Centered(g, months[m].ToString("N0", CultureInfo.InvariantCulture), Label, X(m), Y(months[m]) - Label.LineHeight - 2);
        }
    }
}
