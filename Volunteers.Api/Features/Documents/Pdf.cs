namespace Volunteers.Api.Features.Documents;

public static class Pdf
{
    /// <summary>
    /// Renders fully before anything is sent, so a refused glyph is a clean 400 problem rather than half a file.
    /// PDFsharp holds the document in memory until it saves anyway.
    /// </summary>
    public static byte[] Render(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
