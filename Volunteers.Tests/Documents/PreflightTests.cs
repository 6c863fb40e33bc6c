using System.Text;
using Volunteers.Core.Documents;

namespace Volunteers.Tests.Documents;

/// <summary>What a print shop's preflight finds: qpdf --check passes every kind of document without a warning.</summary>
public sealed class PreflightTests
{
    private static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData((Action<Stream>)(s => AwardCertificate.Write(Samples.Certificate(), s))).SetArgDisplayNames("certificate");
        yield return new TestCaseData((Action<Stream>)(s => ServiceRecordProof.Write(Samples.Proof(40), s))).SetArgDisplayNames("proof");
        yield return new TestCaseData((Action<Stream>)(s => RecognitionList.Write(Samples.List(60, points: 3), s))).SetArgDisplayNames("recognition-list");
        yield return new TestCaseData((Action<Stream>)(s => AnnualReport.Write(Samples.Report(), s))).SetArgDisplayNames("annual-report");
    }

    [TestCaseSource(nameof(Documents))]
    public void A_document_passes_qpdf_check_with_its_compressed_streams_complete(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        var bytes = output.ToArray();
        Assert.That(Encoding.Latin1.GetString(bytes), Does.Contain("/FlateDecode"), "the document has compressed streams to check");
        Qpdf.AssertClean(bytes);
        Assert.That(new ReadBack(bytes).AllText, Is.Not.Empty, "PdfPig still reads it");
    }
}
