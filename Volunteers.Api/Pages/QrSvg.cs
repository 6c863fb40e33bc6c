using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Api.Pages;

/// <summary>A QR code as inline SVG from the documents' module matrix: one path, sharp on any screen, no image request.</summary>
public static class QrSvg
{
    public static string Of(string text, string label = "志愿者证二维码")
    {
        var modules = QrCode.Modules(text);
        var path = new StringBuilder();
        for (var row = 0; row < modules.Length; row++)
            for (var column = 0; column < modules[row].Length; column++)
                if (modules[row][column]) path.Append(CultureInfo.InvariantCulture, $"M{column} {row}h1v1h-1z");
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {modules.Length} {modules.Length}" shape-rendering="crispEdges" role="img" aria-label="{label}"><rect width="100%" height="100%" fill="#fff"/><path d="{path}" fill="#000"/></svg>""";
    }

    public static MarkupString Markup(string text, string label = "志愿者证二维码") => new(Of(text, label));
}
