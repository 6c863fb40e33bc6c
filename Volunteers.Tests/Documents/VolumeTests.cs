using System.Diagnostics;
using Volunteers.Core.Documents;

namespace Volunteers.Tests.Documents;

/// <summary>The year's volume: 350 certificates and a 300-entry list. Times are printed, not asserted.</summary>
public sealed class VolumeTests
{
    private const int Awards = 350;

    [Test]
    public void Three_hundred_fifty_certificates_as_one_file_and_as_single_files()
    {
        var certificates = Enumerable.Range(1, Awards).Select(i => Samples.Certificate(i % 7 == 0 ? "吉𠮷" : $"李秀英{i}", i)).ToList();
        AwardCertificate.Write(certificates[0], Stream.Null);

        var clock = Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        using var book = new MemoryStream();
        AwardCertificate.WriteAll(certificates, book);
        var bookTime = clock.Elapsed;
        var bookAllocated = GC.GetTotalAllocatedBytes() - allocatedBefore;

        clock.Restart();
        long singles = 0, largest = 0;
        foreach (var certificate in certificates)
        {
            using var file = new MemoryStream();
            AwardCertificate.Write(certificate, file);
            singles += file.Length;
            largest = Math.Max(largest, file.Length);
        }
        var singlesTime = clock.Elapsed;

        TestContext.Out.WriteLine($"{Awards} certificates in one file: {bookTime.TotalSeconds:0.00} s, {book.Length / 1024} KB, {bookAllocated / 1024 / 1024} MB allocated");
        TestContext.Out.WriteLine($"{Awards} single certificates: {singlesTime.TotalSeconds:0.00} s, {singles / 1024} KB in all, largest {largest / 1024} KB");
        Assert.That(new ReadBack(book.ToArray()).Pages, Has.Count.EqualTo(Awards));
        Assert.That(book.Length, Is.LessThan(3_000_000), "fonts are embedded once, as subsets");
        Assert.That(largest, Is.LessThan(80_000));
    }

    [Test]
    public void A_three_hundred_entry_recognition_list()
    {
        var list = Samples.List(300, points: 4);
        RecognitionList.Write(Samples.List(1), Stream.Null);
        var clock = Stopwatch.StartNew();
        using var file = new MemoryStream();
        RecognitionList.Write(list, file);
        TestContext.Out.WriteLine($"300-entry recognition list: {clock.Elapsed.TotalMilliseconds:0} ms, {file.Length / 1024} KB");
        var pdf = new ReadBack(file.ToArray());
        TestContext.Out.WriteLine($"pages: {pdf.Pages.Count}");
        // 300 rows and 4 group headings; the first page also carries the title.
        var full = Paging.FullPageRows(RecognitionList.Entries);
        Assert.That(pdf.Pages.Count, Is.InRange(304 / full + 1, 304 / full + 2));
        Assert.That(file.Length, Is.LessThan(200_000));
    }
}
