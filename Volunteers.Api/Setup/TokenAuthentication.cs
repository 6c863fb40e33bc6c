using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Volunteers.Core.Accounts;
using Volunteers.Core.Common;

namespace Volunteers.Api.Setup;

/// <summary>Bearer tokens looked up by hash; 401 and 403 answer as problem details.</summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountQueries accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string LearningPointClaim = "learning_point";
    public const string ClientClaim = "client";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > 200)
            return Task.FromResult(AuthenticateResult.Fail("malformed authorization header"));
        var token = header["Bearer ".Length..].Trim();
        // A personal card is not a staff token: the card's own scheme answers for it, without a lookup among the tokens.
        if (token.StartsWith(Core.Me.CardKeys.Prefix, StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.NoResult());
        var owner = accounts.Authenticate(token);
        if (owner is null) return Task.FromResult(AuthenticateResult.Fail("unknown or revoked token"));
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, owner.AccountId.ToString()),
            new("name", owner.Name),
            new("role", owner.Role),
        };
        if (owner.LearningPointId is { } point) claims.Add(new Claim(LearningPointClaim, point.ToString()));
        if (Context.Connection.RemoteIpAddress is { } address) claims.Add(new Claim(ClientClaim, address.ToString()));
        var identity = new ClaimsIdentity(claims, SchemeName, "name", "role");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problems.Write(Context, StatusCodes.Status401Unauthorized,
            Text.T("需要有效的访问令牌（Authorization: Bearer …）", "A valid access token is required (Authorization: Bearer …)"));

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Write(Context, StatusCodes.Status403Forbidden, Text.T("当前账号无权执行此操作", "This account may not do this"));
}

public static class CallerExtensions
{
    public static Caller Caller(this ClaimsPrincipal user) => new(
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
        user.FindFirstValue("role")!,
        long.TryParse(user.FindFirstValue(TokenAuthentication.LearningPointClaim), out var point) ? point : null,
        user.FindFirstValue(TokenAuthentication.ClientClaim));
}
