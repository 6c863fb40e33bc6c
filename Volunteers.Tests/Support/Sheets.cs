using System.Text;
using MiniExcelLibs;
using Volunteers.Core.Exports;

namespace Volunteers.Tests.Support;

/// <summary>Downloads a sheet and reads it back as rows of text, header first.</summary>
public static class Sheets
{
    public static async Task<(HttpResponseMessage Response, byte[] Bytes)> Download(this ApiClient api, string url)
    {
        var response = await api.Client.GetAsync(url);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    public static List<string[]> CsvRows(byte[] bytes)
    {
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte-order mark");
        return Csv.Read(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)).ToList();
    }

    public static List<string[]> XlsxRows(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v switch { null => "", double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => v.ToString()! }).ToArray())
            .ToList();
    }

    public static string Cell(this List<string[]> rows, string[] row, string header) => row[Array.IndexOf(rows[0], header)];
}
