namespace Volunteers.Core.Exports;

public enum SheetFormat { Csv, Xlsx }

/// <summary>A table for the town office: Chinese headers, and rows produced one at a time as the database reads them.</summary>
public sealed record Sheet(string Name, IReadOnlyList<string> Headers, IEnumerable<object?[]> Rows)
{
    /// <summary>Columns (by header) whose cells are picked from a drop-down list in XLSX.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public static SheetFormat? FormatOf(string? extension) => extension?.ToLowerInvariant() switch
    {
        "csv" => SheetFormat.Csv,
        "xlsx" => SheetFormat.Xlsx,
        _ => null,
    };

    public static string ContentType(SheetFormat format) => format == SheetFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
