using PdfSharp.Drawing;

namespace Volunteers.Core.Documents.Layout;

public enum Align { Left, Center, Right }

public sealed record Column(string Title, double Width, Align Align = Align.Left);

/// <summary>Table rows as flow blocks: cells wrap, and the header row repeats at the top of every page the table reaches.</summary>
public sealed class Table
{
    private const double Padding = 4;
    private static readonly XPen Rule = new(XColor.FromArgb(180, 180, 180), 0.5);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(235, 238, 243));
    private static readonly XBrush GroupFill = new XSolidBrush(XColor.FromArgb(248, 244, 232));
    private readonly IReadOnlyList<Column> _columns;
    private readonly double _left;
    private readonly TextStyle _style;
    private readonly double _minRowHeight;
    private readonly bool _grid;

    /// <param name="minRowHeight">Room to write by hand in a row, as on a sign-in sheet.</param>
    /// <param name="grid">Rules between the columns too, so each blank cell is a box to write in.</param>
    public Table(IReadOnlyList<Column> columns, double left, TextStyle style, double minRowHeight = 0, bool grid = false)
    {
        (_columns, _left, _style, _minRowHeight, _grid) = (columns, left, style, minRowHeight, grid);
        Header = Line(columns.Select(c => c.Title).ToArray(), style.WithBold(), HeaderFill, 0) with { KeepWithNext = true };
    }

    public Block Header { get; }

    public double Width => _columns.Sum(c => c.Width);

    /// <summary>The height of a row whose every cell fits on one line.</summary>
    public double SingleLineRowHeight => Math.Max(_style.LineHeight + 2 * Padding, _minRowHeight);

    public Block Row(params string[] cells) => Line(cells, _style, null, _minRowHeight) with { RepeatedHeader = Header };

    /// <summary>
    /// A table's rows with no row alone on a page: the first goes with the second (and the header with both), and the
    /// next-to-last with the last, so a page never ends after one row or begins with one before the table ends.
    /// </summary>
    public IReadOnlyList<Block> Rows(IEnumerable<string[]> rows)
    {
        var blocks = rows.Select(cells => Row(cells)).ToList();
        if (blocks.Count >= 2)
        {
            blocks[0] = blocks[0] with { KeepWithNext = true };
            blocks[^2] = blocks[^2] with { KeepWithNext = true };
        }
        return blocks;
    }

    /// <summary>A row across all columns that opens a group, kept with the group's first row.</summary>
    public Block GroupHeading(string text)
    {
        var style = _style.WithBold();
        return new Block(SingleLineRowHeight, (g, top) =>
        {
            g.DrawRectangle(GroupFill, _left, top, Width, SingleLineRowHeight);
            Ink.Draw(g, text, style, _left + Padding, top + Padding);
            g.DrawLine(Rule, _left, top + SingleLineRowHeight, _left + Width, top + SingleLineRowHeight);
        })
        { KeepWithNext = true, RepeatedHeader = Header };
    }

    private Block Line(string[] cells, TextStyle style, XBrush? fill, double minHeight)
    {
        if (cells.Length != _columns.Count) throw new ArgumentException($"A row needs {_columns.Count} cells.", nameof(cells));
        var wrapped = cells.Select((text, i) => TextBox.Wrap(text, style, _columns[i].Width - 2 * Padding)).ToArray();
        var natural = wrapped.Max(lines => lines.Count) * style.LineHeight + 2 * Padding;
        var height = Math.Max(natural, minHeight);
        var inset = Padding + (height - natural) / 2;
        return new Block(height, (g, top) =>
        {
            if (fill is not null) g.DrawRectangle(fill, _left, top, Width, height);
            var x = _left;
            for (var i = 0; i < _columns.Count; i++)
            {
                var column = _columns[i];
                for (var l = 0; l < wrapped[i].Count; l++)
                {
                    var lineTop = top + inset + l * style.LineHeight;
                    var text = wrapped[i][l];
                    switch (column.Align)
                    {
                        case Align.Left: Ink.Draw(g, text, style, x + Padding, lineTop); break;
                        case Align.Center: Ink.Centered(g, text, style, x + column.Width / 2, lineTop); break;
                        case Align.Right: Ink.RightAligned(g, text, style, x + column.Width - Padding, lineTop); break;
                    }
                }
                x += column.Width;
            }
            g.DrawLine(Rule, _left, top + height, _left + Width, top + height);
            if (_grid) DrawColumnRules(g, top, height);
        });
    }

    private void DrawColumnRules(XGraphics g, double top, double height)
    {
        var x = _left;
        g.DrawLine(Rule, x, top, x, top + height);
        foreach (var column in _columns)
        {
            x += column.Width;
            g.DrawLine(Rule, x, top, x, top + height);
        }
    }
}
