using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Volunteers.Core.Documents.Fonts;

namespace Volunteers.Core.Documents.Layout;

/// <summary>New PDF documents with Chinese metadata, and the page geometry the documents share.</summary>
public static class PdfFile
{
    public const string Creator = "社区教育志愿者登记系统 Volunteers";
    public const double Margin = 56;

    /// <summary>A new document; <paramref name="author"/> is who issues it (the town's community-education school, or the town).</summary>
    public static PdfDocument New(string title, string subject, string author)
    {
        _ = EmbeddedFonts.All;
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Subject = subject;
        document.Info.Author = author;
        document.Info.Creator = Creator;
        document.Options.CompressContentStreams = true;
        return document;
    }

    public static PdfPage AddPage(PdfDocument document, PageOrientation orientation)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = orientation;
        return page;
    }

    public static void Save(PdfDocument document, Stream output)
    {
        UnicodeMaps.Repair(document);
        using var saved = new MemoryStream();
        document.Save(saved, closeStream: false);
        output.Write(FlateTrailers.Complete(saved.ToArray()));
    }
}
