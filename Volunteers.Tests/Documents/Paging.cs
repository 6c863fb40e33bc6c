using System.Text.RegularExpressions;
using Volunteers.Core.Documents.Layout;

namespace Volunteers.Tests.Documents;

/// <summary>Checks, from the text a reader extracts, that table rows flowed over pages correctly.</summary>
public static class Paging
{
    /// <summary>How many single-line rows fit under the repeated header on a page with nothing else on it.</summary>
    public static int FullPageRows(Table table) =>
        (int)((PagedDocument.Bottom - PagedDocument.Top - table.Header.Height) / table.SingleLineRowHeight);

    public static IReadOnlyList<int> RowsPerPage(ReadBack pdf, Regex row) => pdf.Pages.Select(p => row.Matches(p).Count).ToList();

    /// <summary>
    /// Every row once and in order; every page numbered "第 N 页 共 M 页" with the right M; the header
    /// repeated on every page; no page holding more than fits; every page between the first and the last full.
    /// </summary>
    public static void AssertWellPaged(ReadBack pdf, Regex row, int rows, string header, int fullPage)
    {
        var pages = pdf.Pages.Count;
        var numbers = pdf.Pages.SelectMany(p => row.Matches(p).Select(m => int.Parse(m.Groups[1].Value))).ToList();
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, rows)), "every row once, in order");
        var perPage = RowsPerPage(pdf, row);
        for (var i = 0; i < pages; i++)
        {
            Assert.That(pdf.Pages[i], Does.Contain($"第 {i + 1} 页 共 {pages} 页"), $"footer of page {i + 1}");
            Assert.That(pdf.Pages[i], Does.Contain(header), $"header on page {i + 1}");
            Assert.That(perPage[i], Is.LessThanOrEqualTo(fullPage), $"rows on page {i + 1}");
            if (i > 0 && i < pages - 1) Assert.That(perPage[i], Is.EqualTo(fullPage), $"page {i + 1} is full");
        }
    }

    /// <summary>The largest row count that still fits on one page, found by rendering.</summary>
    public static int OnePageCapacity(Func<int, ReadBack> render)
    {
        var (fits, overflows) = (1, 80);
        Assert.That(render(overflows).Pages, Has.Count.GreaterThan(1));
        while (overflows - fits > 1)
        {
            var middle = (fits + overflows) / 2;
            if (render(middle).Pages.Count == 1) fits = middle; else overflows = middle;
        }
        return fits;
    }
}
