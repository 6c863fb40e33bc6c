using FluentValidation;
using Microsoft.Net.Http.Headers;
using Volunteers.Core.Common;
using Volunteers.Core.Exports;

namespace Volunteers.Api.Features.Exports;

public static class SheetDownload
{
    public static string FormatProblem() => Text.T("文件格式须为 csv 或 xlsx", "The format is csv or xlsx");

    public static IRuleBuilderOptions<T, string> IsSheetFormat<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(f => Sheet.FormatOf(f) is not null).WithMessage(_ => FormatProblem());

    /// <summary>Writes the sheet as an attachment named in Chinese, with an ASCII name for clients that read no other.</summary>
    public static Task SendAsync(HttpContext http, Sheet sheet, SheetFormat format, string chineseName, string asciiName, CancellationToken ct) =>
        SendAsync(http, [sheet], format, chineseName, asciiName, ct);

    /// <summary>A workbook of several sheets; CSV can carry only the first.</summary>
    public static Task SendAsync(HttpContext http, IReadOnlyList<Sheet> sheets, string chineseName, string asciiName, CancellationToken ct) =>
        SendAsync(http, sheets, SheetFormat.Xlsx, chineseName, asciiName, ct);

    private static async Task SendAsync(HttpContext http, IReadOnlyList<Sheet> sheets, SheetFormat format, string chineseName, string asciiName,
        CancellationToken ct)
    {
        var extension = format == SheetFormat.Csv ? ".csv" : ".xlsx";
        var response = http.Response;
        response.ContentType = Sheet.ContentType(format);
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = asciiName + extension,
            FileNameStar = chineseName + extension,
        }.ToString();
        if (format == SheetFormat.Csv)
        {
            await Csv.WriteAsync(sheets[0], response.Body, ct);
            return;
        }
        // The Open XML package writes the zip synchronously, which Kestrel refuses on a response body, so the workbook goes
        // through a temporary file (removed on close) and then out asynchronously; memory stays flat either way.
        await using var temp = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await Xlsx.WriteAsync(sheets, temp, ct);
        response.ContentLength = temp.Length;
        temp.Position = 0;
        await temp.CopyToAsync(response.Body, ct);
    }
}
