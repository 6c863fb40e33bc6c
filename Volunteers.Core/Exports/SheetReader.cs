using System.Globalization;
using Volunteers.Core.Common;

namespace Volunteers.Core.Exports;

/// <summary>A row as the sheet numbers it (the header is row 1), its cells as text.</summary>
public sealed record SheetRow(int Number, string[] Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>Reads an uploaded XLSX (recognised by its zip signature) or CSV into text rows, stopping past a row limit.</summary>
public static class SheetReader
{
    public static List<SheetRow> Read(byte[] file, int maxRows)
    {
        try
        {
            var rows = IsZip(file) ? Xlsx.Read(new MemoryStream(file)).Select(r => r.Select(Text).ToArray()) : Csv.Read(Csv.Decode(file));
            // One row past the limit tells "too many" apart from "just enough" without reading a sheet of any size.
            return rows.Select((cells, i) => new SheetRow(i + 1, cells)).Where(r => !r.IsBlank).Take(maxRows + 2).ToList();
        }
        catch (Exception e) when (e is not DomainException and not OutOfMemoryException)
        {
            throw DomainException.Invalid("file", Common.Text.T("无法读取该文件：请上传 .xlsx 文件，或 UTF-8、GBK 编码的 .csv 文件",
                "The file could not be read: upload an .xlsx file, or a .csv file in UTF-8 or GBK"));
        }
    }

    private static bool IsZip(byte[] file) => file.Length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;

    private static string Text(object? cell) => cell switch
    {
        null => "",
        string s => s.Trim(),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // A mobile typed as a number arrives as 13912345678.0.
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => ((long)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString()?.Trim() ?? "",
    };
}
