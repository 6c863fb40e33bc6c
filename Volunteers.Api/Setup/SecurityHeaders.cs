namespace Volunteers.Api.Setup;

/// <summary>
/// Headers every answer carries: no sniffing, no framing, a strict policy for the pages, HSTS over HTTPS, and no caching of
/// anything that may hold personal data (every /api answer but the public aggregates).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private static readonly string[] Cacheable = ["/api/progress", "/progress", "/api/district/progress", "/district", "/healthz"];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000";
            var path = context.Request.Path.Value ?? "";
            if (!path.StartsWith("/swagger", StringComparison.Ordinal))
                headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            if (!Cacheable.Any(p => path.Equals(p, StringComparison.Ordinal)))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
