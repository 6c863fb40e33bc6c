using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Volunteers.Tests.Support;

/// <summary>
/// A workbook read straight from its zip and XML, with no spreadsheet library: what any other reader (Excel, WPS,
/// LibreOffice) finds in the file. Text cells are decoded as the standard says, shared or inline, _xHHHH_ escapes included.
/// </summary>
public sealed partial class XlsxParts
{
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";

    public XDocument Workbook { get; }
    public XDocument Styles { get; }
    public IReadOnlyList<(string Name, XDocument Xml)> Worksheets { get; }
    private readonly List<string> _shared;

    public XlsxParts(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        XDocument Load(string path) => XDocument.Load(zip.GetEntry(path.TrimStart('/'))!.Open());
        Workbook = Load("xl/workbook.xml");
        var rels = Load("xl/_rels/workbook.xml.rels").Root!.Elements(Rel + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        string PathOf(string target) => target.StartsWith('/') ? target : "xl/" + target;
        Styles = Load(PathOf(rels.Values.Single(t => t.EndsWith("styles.xml"))));
        var shared = rels.Values.FirstOrDefault(t => t.EndsWith("sharedStrings.xml"));
        _shared = shared is null ? [] : Load(PathOf(shared)).Root!.Elements(S + "si").Select(TextOf).ToList();
        Worksheets = Workbook.Root!.Element(S + "sheets")!.Elements(S + "sheet")
            .Select(s => ((string)s.Attribute("name")!, Load(PathOf(rels[(string)s.Attribute(R + "id")!])))).ToList();
    }

    public XDocument Sheet(string name) => Worksheets.Single(w => w.Name == name).Xml;

    public XElement? Find(string sheet, string element) => Sheet(sheet).Descendants(S + element).FirstOrDefault();

    public IEnumerable<XElement> All(string sheet, string element) => Sheet(sheet).Descendants(S + element);

    /// <summary>Each row's cells by column, header row first; a missing cell is "".</summary>
    public List<string[]> Rows(string sheet)
    {
        var rows = Sheet(sheet).Descendants(S + "row").Select(r => r.Elements(S + "c").ToDictionary(c => Column((string)c.Attribute("r")!), Value)).ToList();
        var width = rows.Max(r => r.Count == 0 ? 0 : r.Keys.Max() + 1);
        return rows.Select(r => Enumerable.Range(0, width).Select(i => r.GetValueOrDefault(i, "")).ToArray()).ToList();
    }

    /// <summary>The number format of a column's style (49 is "@", text), or null when the column has no style.</summary>
    public uint? ColumnFormat(string sheet, int column) =>
        All(sheet, "col").FirstOrDefault(c => (int)c.Attribute("min")! <= column + 1 && column + 1 <= (int)c.Attribute("max")!)?.Attribute("style") is { } style
            ? FormatOfStyle((int)style) : null;

    public uint FormatOfStyle(int style) => (uint?)Styles.Root!.Element(S + "cellXfs")!.Elements(S + "xf").ElementAt(style).Attribute("numFmtId") ?? 0;

    public double ColumnWidth(string sheet, int column) =>
        (double)All(sheet, "col").Single(c => (int)c.Attribute("min")! <= column + 1 && column + 1 <= (int)c.Attribute("max")!).Attribute("width")!;

    public string? CellStyle(string sheet, string reference) =>
        (string?)All(sheet, "c").Single(c => (string)c.Attribute("r")! == reference).Attribute("s");

    private string Value(XElement cell) => (string?)cell.Attribute("t") switch
    {
        "s" => _shared[(int)cell.Element(S + "v")!],
        "inlineStr" => TextOf(cell.Element(S + "is")!),
        _ => (string?)cell.Element(S + "v") ?? "",
    };

    private static string TextOf(XElement stringItem) =>
        Unescape(string.Concat(stringItem.Descendants(S + "t").Where(t => t.Parent!.Name != S + "rPh").Select(t => t.Value)));

    private static string Unescape(string text) => Escape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    public static string Letters(int column) => column < 26 ? ((char)('A' + column)).ToString() : Letters(column / 26 - 1) + (char)('A' + column % 26);

    private static int Column(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1)) - 1;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();
}
