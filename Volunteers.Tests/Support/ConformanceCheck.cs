namespace Volunteers.Tests.Support;

/// <summary>
/// Sits in every test client: each answer of a route in the OpenAPI document is checked against it (status, content
/// type, headers, body schema), and an undeclared answer fails the test that received it. An /api path the document
/// lacks may only be refused as not found; pages and other paths are outside the document and the check.
/// </summary>
public sealed class ConformanceCheck : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        var path = request.RequestUri!.AbsolutePath;
        if (!path.StartsWith("/api/", StringComparison.Ordinal)) return response;

        var document = ServedDocument.Instance;
        var found = document.Find(request.Method, path);
        if (found is not { Operation: { } operation } match)
        {
            if ((int)response.StatusCode is not (404 or 405))
                throw new AssertionException($"{request.Method} {path} answered {(int)response.StatusCode}, but the OpenAPI document has no such operation");
            return response;
        }
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        string? body = null;
        if (type.Contains("json"))
        {
            await response.Content.LoadIntoBufferAsync(ct);
            body = await response.Content.ReadAsStringAsync(ct);
        }
        var key = $"{request.Method} {match.Path}";
        document.Checked.AddOrUpdate(key, 1, (_, n) => n + 1);
        var violations = document.Violations(operation, response, body).ToList();
        if (violations.Count > 0)
            throw new AssertionException($"OpenAPI document: {key} ({path}) {string.Join("; ", violations)}. Body: {Shorten(body)}");
        return response;
    }

    private static string Shorten(string? body) => body is null ? "(not read)" : body.Length > 600 ? body[..600] + "…" : body;
}
