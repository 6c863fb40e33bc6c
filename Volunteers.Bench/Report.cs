using System.Globalization;
using System.Text;

namespace Volunteers.Bench;

/// <summary>One figure of the service beside its baseline measured in the same run, and the goal the ratio is read against.</summary>
public sealed record Row(string Case, string What, string Unit, double Figure, string Baseline, double BaselineFigure, string Goal,
    Func<Row, bool>? Met)
{
    public double Ratio => BaselineFigure is 0 or double.NaN ? double.NaN : Figure / BaselineFigure;
}

public sealed class Report
{
    private readonly List<Row> _rows = [];
    private readonly List<string> _notes = [];

    public void Add(Row row)
    {
        _rows.Add(row);
        Console.Error.WriteLine($"  {row.Case} {row.What}: {Num(row.Figure)} {row.Unit} vs {row.Baseline} {Num(row.BaselineFigure)} → {Ratio(row)}");
    }

    public void Note(string note) => _notes.Add(note);

    public string Render()
    {
        string[] head = ["case", "what", "service", "baseline (same run)", "baseline", "ratio", "goal", "met"];
        var cells = _rows.Select(r => new[]
        {
            r.Case, r.What, $"{Num(r.Figure)} {r.Unit}".Trim(), r.Baseline, r.BaselineFigure is double.NaN ? "—" : $"{Num(r.BaselineFigure)} {r.Unit}".Trim(),
            Ratio(r), r.Goal, r.Met is null ? "—" : r.Met(r) ? "yes" : "NO",
        }).ToList();
        var widths = head.Select((h, i) => Math.Max(Width(h), cells.Count == 0 ? 0 : cells.Max(c => Width(c[i])))).ToArray();
        var text = new StringBuilder();
        void Line(string[] cols) => text.AppendLine("| " + string.Join(" | ", cols.Select((c, i) => c + new string(' ', widths[i] - Width(c)))) + " |");
        Line(head);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var c in cells) Line(c);
        text.AppendLine("ratio = service ÷ baseline, both measured in this run; how to read it: BENCHMARKS.md");
        foreach (var note in _notes) text.AppendLine(note);
        return text.ToString();
    }

    private static string Ratio(Row r) => double.IsNaN(r.Ratio) ? "—" : r.Ratio.ToString(r.Ratio < 0.1 ? "0.000" : "0.00", CultureInfo.InvariantCulture) + "×";

    public static string Num(double v) => double.IsNaN(v) ? "—" : v switch
    {
        0 => "0",
        >= 1000 => v.ToString("#,0", CultureInfo.InvariantCulture),
        >= 10 => v.ToString("0.0", CultureInfo.InvariantCulture),
        >= 1 => v.ToString("0.00", CultureInfo.InvariantCulture),
        _ => v.ToString("0.000", CultureInfo.InvariantCulture),
    };

    /// <summary>Display width: CJK characters take two columns in a terminal.</summary>
    private static int Width(string s) => s.EnumerateRunes().Sum(r => r.Value >= 0x1100 && (r.Value <= 0x115F || r.Value >= 0x2E80) && r.Value != 0x303F ? 2 : 1);
}
