using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Volunteers.Core.Common;
using Volunteers.Core.Me;

namespace Volunteers.Api.Setup;

/// <summary>
/// The volunteer's personal card key, as the cookie /c/{key} sets or as <c>Authorization: Bearer card_…</c>. Only the
/// endpoints that name this scheme run it: every staff route authenticates with <see cref="TokenAuthentication"/> alone,
/// so a card key cannot reach one even where an endpoint asks for no particular role.
/// </summary>
public sealed class CardAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, CardQueries cards)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Card";
    public const string CookieName = "volunteer_card";
    public const string VolunteerClaim = "volunteer_id";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = KeyOf(Request);
        if (key is null) return Task.FromResult(AuthenticateResult.NoResult());
        // The failure messages reach the log at Debug: they never repeat the key.
        if (cards.Authenticate(key) is not { } holder) return Task.FromResult(AuthenticateResult.Fail("unknown, revoked or malformed card key"));
        var claims = new List<Claim>
        {
            new(VolunteerClaim, holder.VolunteerId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("role", Roles.Volunteer),
        };
        if (Context.Connection.RemoteIpAddress is { } address) claims.Add(new Claim(TokenAuthentication.ClientClaim, address.ToString()));
        var identity = new ClaimsIdentity(claims, SchemeName, null, "role");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>A card key in the Authorization header wins over the cookie; a staff token there is not a card and is ignored.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer " + CardKeys.Prefix, StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        return request.Cookies.TryGetValue(CookieName, out var cookie) && cookie.Length > 0 ? cookie : null;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problems.Write(Context, StatusCodes.Status401Unauthorized, Text.T(
            "需要有效的志愿者证：请扫描志愿者证上的二维码，或向所在学习点的联络员申请新证",
            "A valid personal card is required: scan the QR code on your card, or ask your learning point's coordinator for a new one"));

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Write(Context, StatusCodes.Status403Forbidden, Text.T("志愿者证不能执行此操作", "A personal card may not do this"));
}

public static class CardHolderExtensions
{
    /// <summary>The volunteer whose card signed this request in.</summary>
    public static long VolunteerId(this ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(CardAuthentication.VolunteerClaim)!, System.Globalization.CultureInfo.InvariantCulture);

    public static string? Client(this ClaimsPrincipal user) => user.FindFirstValue(TokenAuthentication.ClientClaim);
}
