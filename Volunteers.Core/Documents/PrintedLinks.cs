using Volunteers.Core.Common;
using Volunteers.Core.Selection;

namespace Volunteers.Core.Documents;

/// <summary>
/// The root of links printed as QR codes. Paper outlives the request, so only the configured public address will do,
/// never the address a request happened to come to (a clerk's 127.0.0.1 would go onto a ceremony's certificates).
/// </summary>
public static class PrintedLinks
{
    public const string Setting = "Volunteers:Selection:PublicBaseUrl";

    public static bool IsPublic(string? baseUrl) =>
        Uri.TryCreate(baseUrl?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !uri.IsLoopback && uri.Host != "0.0.0.0";

    public static string Root(SelectionSettings settings) => IsPublic(settings.PublicBaseUrl)
        ? settings.PublicBaseUrl.Trim().TrimEnd('/')
        : throw DomainException.Conflict(Text.T(
            $"未设置对外网址 {Setting}（或设成了本机地址），文件上的二维码将无法扫开：请在服务的设置中填写公开网址（如 https://fuhuan.example.cn）后再生成",
            $"{Setting} is not set (or is a loopback address), so the QR code on the document would not open: set the public address (e.g. https://fuhuan.example.cn) first"));
}
