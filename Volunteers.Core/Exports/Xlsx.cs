using MiniExcelLibs;

namespace Volunteers.Core.Exports;

public static class Xlsx
{
    /// <summary>MiniExcel takes the rows lazily, so a sheet of any length is written with a few rows in memory at a time.</summary>
    public static Task WriteAsync(IReadOnlyList<Sheet> sheets, Stream output, CancellationToken ct)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets) workbook[sheet.Name] = Dictionaries(sheet);
        return output.SaveAsAsync(workbook, cancellationToken: ct);
    }

    public static Task WriteAsync(Sheet sheet, Stream output, CancellationToken ct) => WriteAsync([sheet], output, ct);

    /// <summary>Every row of the first worksheet, blank rows included, so a row's position is its number in the sheet.</summary>
    public static IEnumerable<object?[]> Read(Stream input) =>
        input.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToArray());

    private static IEnumerable<IDictionary<string, object?>> Dictionaries(Sheet sheet)
    {
        foreach (var row in sheet.Rows)
        {
            var cells = new Dictionary<string, object?>(sheet.Headers.Count);
            for (var i = 0; i < sheet.Headers.Count; i++) cells[sheet.Headers[i]] = row[i];
            yield return cells;
        }
    }
}
