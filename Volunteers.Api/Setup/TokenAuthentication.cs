using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Volunteers.Core.Accounts;
using Volunteers.Core.Common;
using Volunteers.Core.Town;

namespace Volunteers.Api.Setup;

/// <summary>Bearer tokens looked up by hash; 401 and 403 answer as problem details.</summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AccountQueries accounts, TownQueries towns)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string LearningPointClaim = "learning_point";
    public const string ClientClaim = "client";
    public const string TownClaim = "town";
    public const string TownPointsClaim = "town_points";
    public const string NamedTownClaim = "named_town";

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
        // A town's staff work in their town; a district administrator in the town a request names (?townId=), or in all.
        var named = Request.Query["townId"].ToString();
        if (owner.TownId is { } town)
        {
            claims.Add(new Claim(TownClaim, town.ToString()));
            // Another town named by a town's staff is a town that does not exist for them.
            if (named.Length > 0 && named != town.ToString()) claims.Add(new Claim(NamedTownClaim, named));
        }
        else if (named.Length > 0) claims.Add(new Claim(TownClaim, named));
        if (owner.Role == Roles.TownAdmin)
            claims.Add(new Claim(TownPointsClaim, string.Join(',', towns.PointsOf(owner.TownId!.Value))));
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
    public static Caller Caller(this ClaimsPrincipal user) => user.FindFirstValue(TokenAuthentication.NamedTownClaim) is not null
        ? throw TownQueries.NotFound()
        : new(
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
        user.FindFirstValue("role")!,
        long.TryParse(user.FindFirstValue(TokenAuthentication.LearningPointClaim), out var point) ? point : null,
        user.FindFirstValue(TokenAuthentication.ClientClaim),
        Town(user.FindFirstValue(TokenAuthentication.TownClaim)),
        user.FindFirstValue(TokenAuthentication.TownPointsClaim) is { } points
            ? points.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToHashSet()
            : null);

    private static long? Town(string? value) => value switch
    {
        null => null,
        _ when long.TryParse(value, out var town) && town > 0 => town,
        _ => throw DomainException.Invalid("townId", Text.T("townId 须为镇（街道）的编号（正整数）", "townId must be a town's id (a positive whole number)")),
    };
}
