using FastEndpoints;
using Volunteers.Api.Setup.OpenApi;
using Volunteers.Api.Pages;
using Volunteers.Api.Setup;

namespace Volunteers.Api.Features.Me.CardQr;

/// <summary>
/// The QR code of the card that signed this request in, as SVG: the key is never stored, so only a request holding it can
/// draw it (the registration form's done screen, right after the answer that showed the key).
/// </summary>
public sealed class Endpoint(CardResponses links) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/api/me/card.svg");
        AuthSchemes(CardAuthentication.SchemeName);
        Roles(Access.Volunteer);
        Description(x => x.File("image/svg+xml"));
    }

    public override Task HandleAsync(CancellationToken ct) =>
        Send.StringAsync(QrSvg.Of(links.CardUrl(CardAuthentication.KeyOf(HttpContext.Request)!, HttpContext)), contentType: "image/svg+xml", cancellation: ct);
}
