using System.Data;
using MiniExcelLibs;

namespace Volunteers.Core.Exports;

public static class Xlsx
{
    /// <summary>MiniExcel takes the rows lazily, so a sheet of any length is written with a few rows in memory at a time.</summary>
    public static Task WriteAsync(IReadOnlyList<Sheet> sheets, Stream output, CancellationToken ct)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets) workbook[sheet.Name] = sheet.Rows is ICollection<object?[]> { Count: 0 } ? HeaderOnly(sheet) : Dictionaries(sheet);
        return output.SaveAsAsync(workbook, cancellationToken: ct);
    }

    public static Task WriteAsync(Sheet sheet, Stream output, CancellationToken ct) => WriteAsync([sheet], output, ct);

    /// <summary>Every row of the first worksheet, blank rows included, so a row's position is its number in the sheet.</summary>
    public static IEnumerable<object?[]> Read(Stream input) =>
        input.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToArray());

    // From rows MiniExcel takes the headers of the first row; a sheet with none (a template) needs its columns named another way.
    private static DataTable HeaderOnly(Sheet sheet)
    {
        var table = new DataTable(sheet.Name);
        foreach (var header in sheet.Headers) table.Columns.Add(header, typeof(string));
        return table;
    }

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
