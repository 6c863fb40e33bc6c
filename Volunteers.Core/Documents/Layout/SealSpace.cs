using PdfSharp.Drawing;

namespace Volunteers.Core.Documents.Layout;

/// <summary>
/// The marked, empty place where the issuer stamps its seal by hand. A seal image is never
/// printed: only the real stamp makes a certificate or proof official.
/// </summary>
public static class SealSpace
{
    private static readonly XPen Dashed = new(XColor.FromArgb(200, 170, 170), 0.8) { DashStyle = XDashStyle.Dash };
    private static readonly TextStyle Hint = new(10, Color: XColor.FromArgb(190, 150, 150));

    public static void Draw(XGraphics g, double centerX, double centerY, double radius)
    {
        g.DrawEllipse(Dashed, centerX - radius, centerY - radius, 2 * radius, 2 * radius);
        // The hint sits at the top of the circle, clear of the issuer and date the seal is stamped over.
        Ink.Centered(g, "（盖章）", Hint, centerX, centerY - radius + 6);
    }
}
