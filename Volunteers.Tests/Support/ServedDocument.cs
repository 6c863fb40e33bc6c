using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using NJsonSchema;
using NSwag;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Tests.Support;

/// <summary>
/// The OpenAPI document as the service serves it, read once per test run, with each operation's route turned into a
/// pattern; <see cref="Violations"/> says how an answer differs from what the document declares.
/// </summary>
public sealed class ServedDocument
{
    private static readonly Lazy<ServedDocument> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly List<(Regex Pattern, string Path, OpenApiPathItem Item)> _routes;

    public static ServedDocument Instance => Loaded.Value;

    public string Json { get; }
    public OpenApiDocument Document { get; }

    /// <summary>Answers checked so far in this run, per "METHOD path" of the document.</summary>
    public ConcurrentDictionary<string, int> Checked { get; } = new();

    private ServedDocument(string json)
    {
        Json = json;
        Document = OpenApiDocument.FromJsonAsync(json).GetAwaiter().GetResult();
        // Literal segments before parameters, so /api/activities/open wins over /api/activities/{id}.
        _routes = Document.Paths
            .OrderBy(p => p.Key.Count(c => c == '{'))
            .Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^}]+}", "[^/]+") + "$"), p.Key, p.Value))
            .ToList();
    }

    private static ServedDocument Load()
    {
        var host = new TestHost();
        try
        {
            using var client = host.CreateDefaultClient();
            return new ServedDocument(client.GetStringAsync(DocumentSetup.Path).GetAwaiter().GetResult());
        }
        finally { host.DisposeAndDelete(); }
    }

    /// <summary>The document's operation for a request, or null when the path is none of the document's.</summary>
    public (string Path, OpenApiOperation? Operation)? Find(HttpMethod method, string path)
    {
        foreach (var (pattern, template, item) in _routes)
            if (pattern.IsMatch(path))
                return (template, item.TryGetValue(method.Method.ToLowerInvariant(), out var operation) ? operation : null);
        return null;
    }

    public IEnumerable<string> Violations(OpenApiOperation operation, HttpResponseMessage response, string? body)
    {
        var status = ((int)response.StatusCode).ToString();
        if (!operation.Responses.TryGetValue(status, out var declared))
        {
            yield return $"answered {status}, which it does not declare (it declares {string.Join(", ", operation.Responses.Keys)})";
            yield break;
        }
        foreach (var header in declared.Headers.Keys)
            if (!response.Headers.TryGetValues(header, out _) && !response.Content.Headers.TryGetValues(header, out _))
                yield return $"answered {status} without the {header} header it declares";
        var type = response.Content.Headers.ContentType?.MediaType;
        if (type is null)
        {
            if (declared.Content.Count > 0 && response.StatusCode != System.Net.HttpStatusCode.NoContent)
                yield return $"answered {status} with no content type; it declares {string.Join(", ", declared.Content.Keys)}";
            yield break;
        }
        if (!declared.Content.TryGetValue(type, out var media))
        {
            yield return $"answered {status} as {type}, which it does not declare for {status} ({string.Join(", ", declared.Content.Keys)})";
            yield break;
        }
        if (type == "application/problem+json" && response.Content.Headers.ContentType!.CharSet != "utf-8")
            yield return $"answered a problem as {response.Content.Headers.ContentType}, without charset=utf-8";
        if (body is null || media.Schema is null) yield break;
        foreach (var error in media.Schema.Validate(body, SchemaType.OpenApi3).Take(5))
            yield return $"answered a {status} body that its schema refuses: {error}";
    }
}
