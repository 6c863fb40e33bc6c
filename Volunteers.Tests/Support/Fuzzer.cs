using System.Text;
using System.Text.Json.Nodes;

namespace Volunteers.Tests.Support;

public sealed record FuzzCase(string Method, string Url, byte[]? Body, bool WrongType, string What);

/// <summary>Cases for one operation of the OpenAPI document: a body built from its schema, then broken in the ways clients and attackers break it.</summary>
public sealed class Fuzzer(JsonNode document, Random random, Func<string, string> pathValue)
{
    private static readonly string[] Nasty =
    [
        "' OR 1=1 --", "'); DROP TABLE volunteers; --", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "%_\\", "\u0000", "\u202e",
        "𠮷䶮", "   ", "", "null", "0", "-1", "NaN", "1e309", "../../etc/passwd", "{{7*7}}", "$where", "\ud800",
    ];

    private static readonly JsonNode?[] EdgeNumbers =
        [0, -1, 1, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 1e308, -1e308, 0.5, 0.25, 12.5, 9.999999999999999e15, JsonValue.Create(decimal.MaxValue)];

    private static readonly string[] PathValues = ["0", "-1", "999999999", "9223372036854775807", "9223372036854775808", "abc", "1%20OR%201=1", "%2500", "1.5", "%F0%A0%AE%B7"];

    private static readonly string[] Queries =
        ["page=-1", "page=0", "pageSize=100000", "pageSize=abc", "year=abc", "year=99999", "from=notadate", "to=2024-13-45", "status=%27%20OR%201=1",
         "q=%25", "q=" + new string('x', 5000), "learningPointId=-5", "top=0", "volunteerId=abc", "category=<b>", "dryRun=maybe"];

    public IEnumerable<FuzzCase> Cases(string method, string path, JsonNode operation, int count)
    {
        var schema = Resolve(operation["requestBody"]?["content"]?["application/json"]?["schema"]);
        for (var i = 0; i < count; i++)
        {
            var url = FillPath(path);
            if (random.Next(3) == 0) url += "?" + string.Join("&", Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick(Queries)));
            if (method is "GET" or "DELETE" || schema is null)
            {
                yield return new FuzzCase(method, url, random.Next(4) == 0 ? Encoding.UTF8.GetBytes("{\"x\":1}") : null, false, "query/path");
                continue;
            }
            yield return Mutate(method, url, Build(schema, 0) as JsonObject ?? new JsonObject());
        }
    }

    private string FillPath(string path)
    {
        var url = path;
        while (url.IndexOf('{') is var start and >= 0)
        {
            var end = url.IndexOf('}', start);
            var name = url[(start + 1)..end];
            var value = random.Next(3) == 0 ? Pick(PathValues) : pathValue(path[..path.IndexOf('{' + name + '}')] + '{' + name + '}');
            url = url[..start] + value + url[(end + 1)..];
        }
        return url;
    }

    private FuzzCase Mutate(string method, string url, JsonObject body)
    {
        var names = body.Select(p => p.Key).ToList();
        var wrongType = false;
        var what = new List<string>();
        for (var m = random.Next(1, 4); m > 0; m--)
        {
            var kind = random.Next(12);
            var name = names.Count > 0 ? Pick(names) : "x";
            switch (kind)
            {
                case 0 when names.Count > 0 && body[name] is not null:
                    body[name] = WrongTypeFor(body[name]!);
                    wrongType = true;
                    what.Add("wrong type " + name);
                    names.Remove(name); // a second mutation could turn it back into a value of the right type
                    break;
                case 1 when names.Count > 0:
                    body.Remove(name);
                    names.Remove(name);
                    what.Add("missing " + name);
                    break;
                case 2: body["unexpected" + random.Next(100)] = Pick(Nasty); what.Add("extra field"); break;
                case 3 when names.Count > 0 && body[name] is JsonValue v && v.TryGetValue<string>(out _): body[name] = new string('长', random.Next(300, 20_000)); what.Add("huge " + name); break;
                case 4 when names.Count > 0 && body[name] is JsonValue n && !n.TryGetValue<string>(out _): body[name] = Pick(EdgeNumbers)?.DeepClone(); what.Add("edge number " + name); break;
                case 5 when names.Count > 0 && body[name] is JsonValue s && s.TryGetValue<string>(out _): body[name] = Pick(Nasty); what.Add("metacharacters " + name); break;
                case 6 when names.Count > 0: body[name] = null; what.Add("null " + name); break;
                case 7: return new FuzzCase(method, url, Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), true, "deep JSON");
                case 8: return new FuzzCase(method, url, [0x7B, 0x22, 0x6E, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D], true, "invalid UTF-8");
                case 9:
                    // An empty or null body is "no fields": valid for a command or a patch that changes nothing.
                    var text = Pick(["", "not json", "{", "[]", "null", "123", "\"text\""]);
                    return new FuzzCase(method, url, Encoding.UTF8.GetBytes(text), text is not ("" or "null"), "not an object: " + text);
                default: break;
            }
        }
        return new FuzzCase(method, url, Encoding.UTF8.GetBytes(body.ToJsonString()), wrongType, string.Join(", ", what));
    }

    private JsonNode WrongTypeFor(JsonNode value) => value switch
    {
        JsonArray => new JsonObject { ["not"] = "an array" },
        JsonObject => JsonValue.Create("not an object"),
        JsonValue v when v.TryGetValue<string>(out _) => random.Next(2) == 0 ? JsonValue.Create(12345) : new JsonArray(1, 2),
        JsonValue v when v.TryGetValue<bool>(out _) => JsonValue.Create("true"),
        _ => random.Next(2) == 0 ? JsonValue.Create("12abc") : new JsonObject(),
    };

    private JsonNode? Build(JsonNode? schema, int depth)
    {
        schema = Resolve(schema);
        if (schema is null || depth > 4) return null;
        return (schema["type"]?.GetValue<string>(), schema["format"]?.GetValue<string>()) switch
        {
            ("object", _) or (null, _) when schema["properties"] is JsonObject props =>
                new JsonObject(props.Select(p => KeyValuePair.Create(p.Key, Build(p.Value, depth + 1)))),
            ("array", _) => new JsonArray(Build(schema["items"], depth + 1)),
            ("integer", _) => JsonValue.Create(random.Next(1, 5)),
            ("number", _) => JsonValue.Create(random.Next(1, 8) / 2m),
            ("boolean", _) => JsonValue.Create(random.Next(2) == 0),
            ("string", "date") => JsonValue.Create(DateTime.UtcNow.AddHours(8).AddDays(-random.Next(0, 400)).ToString("yyyy-MM-dd")),
            ("string", _) => JsonValue.Create(Pick(["测试", "李秀英", "teacher", "lecture", "male", "13912345678", "village", "town-admin"])),
            _ => null,
        };
    }

    private JsonNode? Resolve(JsonNode? schema)
    {
        while (schema?["$ref"]?.GetValue<string>() is { } reference)
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]];
        if (schema?["allOf"] is JsonArray all && all.Count == 1) return Resolve(all[0]);
        return schema;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
