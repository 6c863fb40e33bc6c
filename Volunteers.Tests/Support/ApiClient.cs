using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Volunteers.Tests.Support;

public sealed record Reply(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Message)
{
    public int Code => (int)Status;
    public JsonNode Json => Body ?? throw new AssertionException($"No JSON body in the {Code} answer");

    /// <summary>The field names a problem's errors name.</summary>
    public IReadOnlyList<string> ErrorFields => Body?["errors"]?.AsArray().Select(e => e!["name"]!.GetValue<string>()).ToList() ?? [];

    public string ErrorReason(string field) =>
        Body?["errors"]?.AsArray().FirstOrDefault(e => e!["name"]!.GetValue<string>() == field)?["reason"]?.GetValue<string>() ?? "";

    public Reply Expect(int status)
    {
        Assert.That(Code, Is.EqualTo(status), () => $"Expected {status}, got {Code}: {Body?.ToJsonString()}");
        return this;
    }

    public long Id => Json["id"]!.GetValue<long>();
    public string Str(string name) => Json[name]!.GetValue<string>();
}

/// <summary>JSON over the real HTTP pipeline; answers parsed whatever their status.</summary>
public sealed class ApiClient(HttpClient client)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Client => client;

    public Task<Reply> Get(string url, string? language = null) => Send(new HttpRequestMessage(HttpMethod.Get, url), language);
    public Task<Reply> Post(string url, object? body = null, string? language = null) => Send(With(HttpMethod.Post, url, body), language);
    public Task<Reply> Put(string url, object body) => Send(With(HttpMethod.Put, url, body));
    public Task<Reply> Patch(string url, object body) => Send(With(HttpMethod.Patch, url, body));
    public Task<Reply> Delete(string url) => Send(new HttpRequestMessage(HttpMethod.Delete, url));

    public Task<Reply> PostRaw(string url, string body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body) };
        request.Content.Headers.ContentType = new(contentType);
        return Send(request);
    }

    public async Task<Reply> Send(HttpRequestMessage request, string? language = null)
    {
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (type.Contains("json") && text.Length > 0) body = JsonNode.Parse(text);
        return new Reply(response.StatusCode, body, response);
    }

    private static HttpRequestMessage With(HttpMethod method, string url, object? body) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json) };
}
