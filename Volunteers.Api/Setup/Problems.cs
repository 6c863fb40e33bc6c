using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation.Results;
using Volunteers.Core.Common;

namespace Volunteers.Api.Setup;

public sealed record ProblemError(string Name, string Reason);

/// <summary>An RFC 9457 problem: the one shape every error of this API takes.</summary>
public sealed record ProblemBody(string Type, string Title, int Status, string? Detail, string? Instance, string? TraceId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ProblemError>? Errors);

public static class Problems
{
    public const string MediaType = "application/problem+json";
    public const string ContentType = MediaType + "; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ProblemBody Create(HttpContext context, int status, string? detail, IReadOnlyList<ProblemError>? errors = null) =>
        new(TypeOf(status), TitleOf(status), status, detail, context.Request.Path, context.TraceIdentifier,
            errors is { Count: > 0 } ? errors : null);

    public static ProblemBody FromFailures(IEnumerable<ValidationFailure> failures, HttpContext context, int status)
    {
        var errors = failures.Select(f => new ProblemError(FieldName(f.PropertyName), f.ErrorMessage)).ToList();
        return Create(context, status, string.Join(Text.T("；", "; "), errors.Select(e => e.Reason).Distinct()), errors);
    }

    public static async Task Write(HttpContext context, int status, string? detail, IReadOnlyList<ProblemError>? errors = null)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        await context.Response.WriteAsync(JsonSerializer.Serialize(Create(context, status, detail, errors), Json));
    }

    public static string TitleOf(int status) => status switch
    {
        400 => Text.T("请求内容有误", "The request is invalid"),
        401 => Text.T("未登录或令牌无效", "Not authenticated"),
        403 => Text.T("无权操作", "Forbidden"),
        404 => Text.T("未找到", "Not found"),
        405 => Text.T("不支持此请求方法", "Method not allowed"),
        409 => Text.T("与现有数据冲突", "Conflict"),
        413 => Text.T("请求内容过大", "Request too large"),
        415 => Text.T("不支持的内容类型", "Unsupported media type"),
        429 => Text.T("请求过于频繁", "Too many requests"),
        503 => Text.T("服务暂不可用", "Service unavailable"),
        _ => Text.T("服务器内部错误", "Internal server error"),
    };

    public static string TypeOf(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        503 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        _ => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
    };

    /// <summary>A route or query value that is not of the field's type (an id that is not a number, a date that is not a date).</summary>
    public static string BindingFailure(Type type, string property, Microsoft.Extensions.Primitives.StringValues value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var (chinese, english) = target == typeof(long) || target == typeof(int) ? ("整数", "a whole number")
            : target == typeof(decimal) ? ("数字", "a number")
            : target == typeof(DateOnly) ? ("日期（YYYY-MM-DD）", "a date (YYYY-MM-DD)")
            : target == typeof(DateTimeOffset) ? ("时间（ISO 8601）", "a timestamp (ISO 8601)")
            : target == typeof(bool) ? ("true 或 false", "true or false")
            : ("有效的值", "a valid value");
        var field = FieldName(property);
        return Text.T($"{field} 须为{chinese}", $"{field} must be {english}");
    }

    /// <summary>camelCase, as the JSON body names the field; "$.a.b" paths from the JSON reader become "a.b".</summary>
    public static string FieldName(string property)
    {
        var name = property.StartsWith("$.", StringComparison.Ordinal) ? property[2..] : property;
        return string.Join('.', name.Split('.').Select(p => p.Length == 0 ? p : JsonNamingPolicy.CamelCase.ConvertName(p)));
    }
}
