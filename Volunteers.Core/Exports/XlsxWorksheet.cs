using System.Globalization;
using System.Xml;

namespace Volunteers.Core.Exports;

/// <summary>
/// One worksheet's XML, written row by row as the rows arrive: column widths, ID and mobile columns as text, the header
/// row frozen, drop-down lists, and A4 landscape printing fitted to the page width.
/// </summary>
internal static class XlsxWorksheet
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(Stream part, Sheet sheet, IReadOnlyDictionary<string, string> listRanges)
    {
        var settings = new XmlWriterSettings { NewLineHandling = NewLineHandling.Entitize, CloseOutput = false };
        using var w = XmlWriter.Create(part, settings);
        w.WriteStartElement("worksheet", Main);
        w.WriteStartElement("sheetPr");
        Empty(w, "pageSetUpPr", ("fitToPage", "1"));
        w.WriteEndElement();
        FrozenHeader(w);
        Columns(w, sheet.Headers);
        w.WriteStartElement("sheetData");
        Row(w, 1, sheet.Headers.Cast<object?>().ToArray(), sheet.Headers, XlsxStyles.Header);
        var number = 1;
        foreach (var row in sheet.Rows) Row(w, ++number, row, sheet.Headers, null);
        w.WriteEndElement();
        Validations(w, sheet, listRanges);
        Empty(w, "pageMargins", ("left", "0.4"), ("right", "0.4"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3"));
        Empty(w, "pageSetup", ("paperSize", "9"), ("orientation", "landscape"), ("fitToWidth", "1"), ("fitToHeight", "0"));
        w.WriteStartElement("headerFooter");
        w.WriteElementString("oddFooter", Main, "&C第 &P 页，共 &N 页");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static void FrozenHeader(XmlWriter w)
    {
        w.WriteStartElement("sheetViews");
        w.WriteStartElement("sheetView");
        w.WriteAttributeString("workbookViewId", "0");
        Empty(w, "pane", ("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen"));
        Empty(w, "selection", ("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2"));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Columns(XmlWriter w, IReadOnlyList<string> headers)
    {
        w.WriteStartElement("cols");
        for (var i = 0; i < headers.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            var width = SheetColumns.Width(headers[i]).ToString(CultureInfo.InvariantCulture);
            if (SheetColumns.IsText(headers[i])) Empty(w, "col", ("min", n), ("max", n), ("width", width), ("style", XlsxStyles.Text), ("customWidth", "1"));
            else Empty(w, "col", ("min", n), ("max", n), ("width", width), ("customWidth", "1"));
        }
        w.WriteEndElement();
    }

    private static void Row(XmlWriter w, int number, object?[] cells, IReadOnlyList<string> headers, string? style)
    {
        var r = number.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("row");
        w.WriteAttributeString("r", r);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is null) continue;
            w.WriteStartElement("c");
            w.WriteAttributeString("r", ColumnName(i) + r);
            var cellStyle = style ?? (i < headers.Count && SheetColumns.IsText(headers[i]) ? XlsxStyles.Text : null);
            if (cellStyle is not null) w.WriteAttributeString("s", cellStyle);
            switch (cells[i])
            {
                case int or long or decimal or double or float:
                    w.WriteElementString("v", Main, ((IFormattable)cells[i]!).ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    w.WriteAttributeString("t", "inlineStr");
                    w.WriteStartElement("is");
                    w.WriteStartElement("t");
                    w.WriteAttributeString("xml", "space", null, "preserve");
                    w.WriteString(OoxmlText.Escape(Convert.ToString(cells[i], CultureInfo.InvariantCulture) ?? ""));
                    w.WriteEndElement();
                    w.WriteEndElement();
                    break;
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Validations(XmlWriter w, Sheet sheet, IReadOnlyDictionary<string, string> listRanges)
    {
        var lists = sheet.Headers.Select((h, i) => (Header: h, Column: ColumnName(i))).Where(c => sheet.Choices.ContainsKey(c.Header)).ToList();
        if (lists.Count == 0) return;
        w.WriteStartElement("dataValidations");
        w.WriteAttributeString("count", lists.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var (header, column) in lists)
        {
            w.WriteStartElement("dataValidation");
            w.WriteAttributeString("type", "list");
            w.WriteAttributeString("allowBlank", "1");
            w.WriteAttributeString("showInputMessage", "1");
            w.WriteAttributeString("showErrorMessage", "1");
            w.WriteAttributeString("errorTitle", header);
            w.WriteAttributeString("error", $"请从下拉列表中选择{header}");
            w.WriteAttributeString("sqref", $"{column}2:{column}1048576");
            w.WriteElementString("formula1", Main, listRanges[header]);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Empty(XmlWriter w, string name, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(name);
        foreach (var (n, v) in attributes) w.WriteAttributeString(n, v);
        w.WriteEndElement();
    }
}
