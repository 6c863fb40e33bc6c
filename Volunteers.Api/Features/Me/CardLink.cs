using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Me;

namespace Volunteers.Api.Features.Me.CardLink;

public sealed record Request(string Key);

/// <summary>
/// The link on the card: the key moves into a cookie and the address bar moves on to /me, so the key is not left in the
/// browser's history of /me, nor sent on as a referrer. A key that does not work gets a page saying what to do.
/// </summary>
public sealed class Endpoint(CardQueries cards) : Endpoint<Request>
{
    // As long as browsers keep a cookie (Chrome caps it at 400 days): the card is meant to stay signed in on the phone.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    public override void Configure()
    {
        Get("/c/{key}");
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(RateLimits.CardLink).ExcludeFromDescription());
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        if (cards.Authenticate(r.Key) is null)
        {
            await Send.ResultAsync(CardLinkPage.NotFound());
            return;
        }
        HttpContext.Response.Cookies.Append(CardAuthentication.CookieName, r.Key, new CookieOptions
        {
            HttpOnly = true,
            Secure = HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        HttpContext.Response.Headers.Location = "/me";
        await Send.StatusCodeAsync(StatusCodes.Status303SeeOther, ct);
    }
}
