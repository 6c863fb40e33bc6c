using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace Volunteers.Core.Exports;

public static class Xlsx
{
    private static class ContentTypes
    {
        public const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        public const string Worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
        public const string Styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    }

    private static class RelationshipTypes
    {
        private const string Base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        public const string OfficeDocument = Base + "officeDocument";
        public const string Worksheet = Base + "worksheet";
        public const string Styles = Base + "styles";
    }

    private const string ChoicesSheet = "可选值";

    /// <summary>
    /// The package is opened write-only, so each worksheet goes into the zip as its rows arrive: a sheet of any length is
    /// written with a few rows in memory at a time (the Open XML SDK's own package cannot be write-only, so only its
    /// schema types are used, for the small parts). Drop-down lists read their values from a sheet of their own.
    /// </summary>
    public static Task WriteAsync(IReadOnlyList<Sheet> sheets, Stream output, CancellationToken ct)
    {
        var choices = ChoiceLists(sheets);
        var all = choices is null ? sheets : [.. sheets, choices.Value.Sheet];
        using var package = Package.Open(output, FileMode.Create, FileAccess.Write);
        // A write-only package writes each part once, in the order they are created: the workbook, which lists the sheets, last.
        var entries = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < all.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var part = package.CreatePart(new Uri($"/xl/worksheets/sheet{i + 1}.xml", UriKind.Relative), ContentTypes.Worksheet, CompressionOption.Normal);
            using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
                XlsxWorksheet.Write(stream, all[i], choices?.Ranges ?? new Dictionary<string, string>());
            entries.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = all[i].Name, SheetId = (uint)i + 1, Id = $"rId{i + 1}" });
            names.Append(new DefinedName($"{Quoted(all[i].Name)}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        }
        Save(XlsxStyles.Stylesheet(), package.CreatePart(new Uri("/xl/styles.xml", UriKind.Relative), ContentTypes.Styles, CompressionOption.Normal)!);
        var workbook = package.CreatePart(new Uri("/xl/workbook.xml", UriKind.Relative), ContentTypes.Workbook, CompressionOption.Normal);
        package.CreateRelationship(workbook.Uri, TargetMode.Internal, RelationshipTypes.OfficeDocument, "rId1");
        for (var i = 0; i < all.Count; i++)
            workbook.CreateRelationship(new Uri($"worksheets/sheet{i + 1}.xml", UriKind.Relative), TargetMode.Internal, RelationshipTypes.Worksheet, $"rId{i + 1}");
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, RelationshipTypes.Styles, $"rId{all.Count + 1}");
        Save(new Workbook(new BookViews(new WorkbookView()), entries, names), workbook);
        return Task.CompletedTask;
    }

    public static Task WriteAsync(Sheet sheet, Stream output, CancellationToken ct) => WriteAsync([sheet], output, ct);

    /// <summary>Every row of the first worksheet, blank rows included, so a row's position is its number in the sheet.</summary>
    public static IEnumerable<object?[]> Read(Stream input) =>
        input.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToArray());

    private static (Sheet Sheet, Dictionary<string, string> Ranges)? ChoiceLists(IReadOnlyList<Sheet> sheets)
    {
        var lists = sheets.SelectMany(s => s.Choices).GroupBy(c => c.Key).Select(g => g.First()).ToList();
        if (lists.Count == 0) return null;
        var ranges = lists.Select((l, i) => (l.Key, Range: $"{Quoted(ChoicesSheet)}!${XlsxWorksheet.ColumnName(i)}$2:${XlsxWorksheet.ColumnName(i)}${l.Value.Count + 1}"))
            .ToDictionary(x => x.Key, x => x.Range);
        var rows = Enumerable.Range(0, lists.Max(l => l.Value.Count))
            .Select(r => lists.Select(l => r < l.Value.Count ? (object?)l.Value[r] : null).ToArray()).ToList();
        return (new Sheet(ChoicesSheet, lists.Select(l => l.Key).ToList(), rows), ranges);
    }

    private static void Save(OpenXmlElement root, PackagePart part)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { CloseOutput = false });
        root.WriteTo(writer);
    }

    private static string Quoted(string sheetName) => $"'{sheetName.Replace("'", "''")}'";
}
