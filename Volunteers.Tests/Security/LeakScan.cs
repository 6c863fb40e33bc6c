using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Volunteers.Tests.Documents;

namespace Volunteers.Tests.Security;

/// <summary>What a reader of an answer sees, whatever its format, and the personal numbers found in it.</summary>
public sealed partial class LeakScan
{
    private readonly List<string> _mobiles = [];
    private readonly List<string> _idNumbers = [];
    private readonly List<string> _findings = [];
    private readonly Dictionary<string, int> _scanned = new();

    public IReadOnlyList<string> Findings => _findings;
    public IReadOnlyDictionary<string, int> Scanned => _scanned;

    public void KnowMobile(string mobile) => _mobiles.Add(mobile);
    public void KnowIdNumber(string id) => _idNumbers.Add(id);

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdLike();

    private static bool LooksIssued(string id) =>
        global::Volunteers.Core.Volunteers.ResidentId.HasValidCheck(id) && global::Volunteers.Core.Volunteers.ResidentId.BirthDate(id) is { Year: >= 1900 and <= 2100 };

    /// <summary>Scans one text; <paramref name="mobileShown"/> for the one answer that shows a whole mobile by design.</summary>
    public void Check(string where, string kind, string text, bool mobileShown = false)
    {
        _scanned[kind] = _scanned.GetValueOrDefault(kind) + 1;
        if (!mobileShown)
            foreach (var mobile in _mobiles.Where(text.Contains)) _findings.Add($"{where}: the whole mobile {mobile}");
        foreach (var id in _idNumbers.Where(id => text.Contains(id, StringComparison.OrdinalIgnoreCase))) _findings.Add($"{where}: the whole ID number {id}");
        // A run of digits inside a hex hash is not an ID number; one with a real birth date and a right check digit is.
        foreach (Match m in IdLike().Matches(text).Where(m => LooksIssued(m.Value.ToUpperInvariant())))
            _findings.Add($"{where}: an 18-digit ID-like number {m.Value}");
    }

    public async Task Check(string where, HttpResponseMessage response, bool mobileShown = false)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var (kind, text) = type switch
        {
            "application/pdf" => ("document", new ReadBack(bytes).AllText),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ("export", XlsxText(bytes)),
            "text/csv" => ("export", Encoding.UTF8.GetString(bytes)),
            _ when (int)response.StatusCode >= 400 => ("error", Encoding.UTF8.GetString(bytes)),
            _ => ("answer", Encoding.UTF8.GetString(bytes)),
        };
        Check($"{where} ({(int)response.StatusCode} {type})", kind, text, mobileShown);
    }

    /// <summary>Every XML part of the workbook: cells, shared strings, sheet names and properties.</summary>
    private static string XlsxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.AppendLine(reader.ReadToEnd());
        }
        Assert.That(text.ToString(), Does.Contain("sheetData"), "an XLSX with a sheet");
        return text.ToString();
    }
}
