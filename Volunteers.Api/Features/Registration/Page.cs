using System.IO.Compression;
using System.Security.Cryptography;
using FastEndpoints;

namespace Volunteers.Api.Features.Registration.Page;

/// <summary>The public form: one self-contained HTML file (inline CSS and JS), kept gzipped for phones on slow lines.</summary>
public sealed class Endpoint : EndpointWithoutRequest
{
    private static readonly byte[] Html = Load();
    private static readonly byte[] Gzipped = Gzip(Html);
    private static readonly string ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(Html))[..16]}\"";

    public override void Configure()
    {
        Get("/register");
        AllowAnonymous();
        Options(x => x.ExcludeFromDescription());
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var response = HttpContext.Response;
        // Revalidated on each visit: a returning phone gets a 304 instead of the page again.
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = ETag;
        response.Headers.Vary = "Accept-Encoding";
        if (HttpContext.Request.Headers.IfNoneMatch == ETag)
        {
            await Send.StatusCodeAsync(304, ct);
            return;
        }
        var gzip = HttpContext.Request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value == "gzip" && (e.Quality ?? 1) > 0);
        if (gzip) response.Headers.ContentEncoding = "gzip";
        await Send.BytesAsync(gzip ? Gzipped : Html, contentType: "text/html; charset=utf-8", cancellation: ct);
    }

    private static byte[] Load()
    {
        using var stream = typeof(Endpoint).Assembly.GetManifestResourceStream("Volunteers.Api.register.html")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.SmallestSize)) gzip.Write(bytes);
        return memory.ToArray();
    }
}
