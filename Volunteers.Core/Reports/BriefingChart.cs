using System.Globalization;
using SkiaSharp;
using Volunteers.Core.Documents.Fonts;

namespace Volunteers.Core.Reports;

/// <summary>
/// The year's month-end line against the target as a PNG, for the HTML a WeChat article editor takes in: the editor keeps
/// images, not drawings, and a phone shows it at its width. Drawn at twice its display size, with the embedded font.
/// </summary>
public static class BriefingChart
{
    public const int Width = 640, Height = 300;
    private const int Scale = 2;
    private static readonly Lazy<SKTypeface> Font = new(() => SKTypeface.FromData(SKData.CreateCopy(EmbeddedFonts.Main.Data)));

    public static byte[] Png(IReadOnlyList<int> months, int target)
    {
        using var bitmap = new SKBitmap(Width * Scale, Height * Scale);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Scale(Scale);
            canvas.Clear(SKColors.White);
            Draw(canvas, months, target);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Draw(SKCanvas canvas, IReadOnlyList<int> months, int target)
    {
        const float left = 16, right = Width - 16, top = 48, bottom = Height - 44;
        var slot = (right - left) / 12;
        var max = Math.Max(1, Math.Max(target, months.DefaultIfEmpty(0).Max())) * 1.1f;
        float X(int month) => left + slot * (month + 0.5f);
        float Y(int value) => bottom - (bottom - top) * value / max;

        using var label = new SKFont(Font.Value, 22);
        using var text = new SKPaint { Color = new SKColor(80, 80, 80), IsAntialias = true };
        using var axis = new SKPaint { Color = new SKColor(170, 170, 170), StrokeWidth = 1, IsAntialias = true };
        canvas.DrawLine(left, bottom, right, bottom, axis);
        for (var m = 0; m < 12; m++) canvas.DrawText($"{m + 1}月", X(m), bottom + 32, SKTextAlign.Center, label, text);

        using var dashed = new SKPaint
        {
            Color = new SKColor(200, 80, 60), StrokeWidth = 1.5f, IsAntialias = true, Style = SKPaintStyle.Stroke,
            PathEffect = SKPathEffect.CreateDash([6, 4], 0),
        };
        canvas.DrawLine(left, Y(target), right, Y(target), dashed);
        using var red = new SKPaint { Color = new SKColor(200, 80, 60), IsAntialias = true };
        canvas.DrawText($"目标 {target.ToString("N0", CultureInfo.InvariantCulture)} 人", right, Y(target) - 10, SKTextAlign.Right, label, red);

        using var line = new SKPaint { Color = new SKColor(70, 110, 170), StrokeWidth = 4, IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var dot = new SKPaint { Color = new SKColor(70, 110, 170), IsAntialias = true };
        for (var m = 0; m < months.Count; m++)
        {
            if (m > 0) canvas.DrawLine(X(m - 1), Y(months[m - 1]), X(m), Y(months[m]), line);
            canvas.DrawCircle(X(m), Y(months[m]), 6, dot);
            canvas.DrawText(months[m].ToString("N0", CultureInfo.InvariantCulture), X(m), Y(months[m]) - 14, SKTextAlign.Center, label, text);
        }
    }
}
