using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;

namespace Volunteers.Api.Setup;

/// <summary>Server-rendered pages: Razor components, sent compressed.</summary>
public static class PageRendering
{
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddRazorComponents();
        // Chinese text as itself rather than as &#x...; for every character: a third of the bytes, and readable in the source.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddResponseCompression(o =>
        {
            // Only the pages, which echo nothing a third party sends, so compressing them over HTTPS cannot leak what they
            // show (BREACH needs both); the API's answers stay as its clients already receive them.
            o.EnableForHttps = true;
            o.MimeTypes = ["text/html"];
            // gzip at its smallest costs under 2 ms for the form; Brotli's default is larger here and its smallest takes 60 ms.
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.SmallestSize);
        return services;
    }
}
