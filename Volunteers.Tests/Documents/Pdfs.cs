using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Documents;

/// <summary>A rendered PDF read back with PdfPig, the way a reader or a search index sees it, once qpdf --check has passed it.</summary>
public sealed class ReadBack
{
    public ReadBack(byte[] bytes)
    {
        Bytes = bytes;
        Qpdf.AssertClean(bytes);
        using var pdf = PdfDocument.Open(bytes);
        Pages = pdf.GetPages().Select(p => p.Text).ToList();
        Letters = pdf.GetPages().Select(p => (IReadOnlyList<Letter>)p.Letters.ToList()).ToList();
        FontNames = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Title = pdf.Information.Title;
        Creator = pdf.Information.Creator;
        Author = pdf.Information.Author;
        Subject = pdf.Information.Subject;
    }

    public byte[] Bytes { get; }
    public IReadOnlyList<string> Pages { get; }
    public IReadOnlyList<string> FontNames { get; }

    /// <summary>Each page's letters in drawing order, with their positions and fonts.</summary>
    public IReadOnlyList<IReadOnlyList<Letter>> Letters { get; }
    public string? Title { get; }
    public string? Creator { get; }
    public string? Author { get; }
    public string? Subject { get; }
    public string AllText => string.Concat(Pages);

    /// <summary>The letters of each place the text is printed, over all pages.</summary>
    public IReadOnlyList<IReadOnlyList<Letter>> Occurrences(string text)
    {
        var found = new List<IReadOnlyList<Letter>>();
        foreach (var letters in Letters)
        {
            // One letter may be two UTF-16 units (𠮷): map every unit of the joined text back to its letter.
            var owner = letters.SelectMany((l, i) => Enumerable.Repeat(i, l.Value.Length)).ToArray();
            var joined = string.Concat(letters.Select(l => l.Value));
            for (var at = joined.IndexOf(text, StringComparison.Ordinal); at >= 0; at = joined.IndexOf(text, at + text.Length, StringComparison.Ordinal))
                found.Add(letters.Take(owner[at + text.Length - 1] + 1).Skip(owner[at]).ToList());
        }
        return found;
    }

    /// <summary>For each place the text is printed, on how many lines its letters lie: more than one means it wrapped.</summary>
    public IReadOnlyList<int> LinesOfEach(string text) =>
        Occurrences(text).Select(letters => letters.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().Count()).ToList();

    /// <summary>The widths of the filled shapes in one RGB colour, in drawing order, over all pages.</summary>
    public IReadOnlyList<double> FilledRectangleWidths((int R, int G, int B) color)
    {
        using var pdf = PdfDocument.Open(Bytes);
        return pdf.GetPages().SelectMany(p => p.Paths)
            .Where(path => path.IsFilled && path.FillColor is { } c && Rgb(c) == color)
            .Select(path => path.GetBoundingRectangle()!.Value.Width)
            .ToList();
    }

    private static (int, int, int) Rgb(UglyToad.PdfPig.Graphics.Colors.IColor color)
    {
        var (r, g, b) = color.ToRGBValues();
        return ((int)Math.Round(r * 255), (int)Math.Round(g * 255), (int)Math.Round(b * 255));
    }
}

public static class Pdfs
{
    /// <summary>A document as the service answers it: 200, application/pdf, read back (qpdf-checked) and its page 1 pictured.</summary>
    public static async Task<ReadBack> Download(this ApiClient api, string url, string picture)
    {
        var response = await api.Client.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        SavePageOne(bytes, picture);
        return new ReadBack(bytes);
    }

    public static ReadBack Render(Action<Stream> write, string? pictureName = null)
    {
        using var output = new MemoryStream();
        write(output);
        var bytes = output.ToArray();
        if (pictureName is not null) SavePageOne(bytes, pictureName);
        return new ReadBack(bytes);
    }

    /// <summary>Page 1 as a PNG beside the test output, for a person to look at; skipped where poppler is not installed.</summary>
    public static void SavePageOne(byte[] pdf, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "documents");
        Directory.CreateDirectory(folder);
        var pdfPath = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(pdfPath, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfPath, Path.Combine(folder, name)])
            {
                RedirectStandardError = true,
            })!;
            process.WaitForExit(30_000);
            TestContext.Out.WriteLine($"page 1: {Path.Combine(folder, name)}.png");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            TestContext.Out.WriteLine("pdftoppm is not installed: no page picture.");
        }
    }
}
