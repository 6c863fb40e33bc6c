using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Api.Setup;

public static class IdempotencyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>The caller's Idempotency-Key with a hash of this request, or null when none was sent.</summary>
    public static IdempotencyKey? From(HttpContext context, object request)
    {
        var key = context.Request.Headers[Name].ToString().Trim();
        if (key.Length == 0) return null;
        if (key.Length > IdempotencyKey.MaxLength)
            throw DomainException.Invalid(Name, Text.T($"Idempotency-Key 最多 {IdempotencyKey.MaxLength} 个字符", $"An Idempotency-Key has at most {IdempotencyKey.MaxLength} characters"));
        var owner = context.User.FindFirst(CardAuthentication.VolunteerClaim) is { } volunteer ? "volunteer:" + volunteer.Value
            : context.User.Identity?.IsAuthenticated == true ? "account:" + context.User.Caller().AccountId
            : "client:" + context.Connection.RemoteIpAddress;
        return new IdempotencyKey(owner, key, IdempotencyKey.HashOf(context.Request.Method + " " + context.Request.Path, request));
    }
}
