using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Me;

namespace Volunteers.Api.Features.Me.Get;

public sealed class Endpoint(MeQueries me, MeResponses responses) : EndpointWithoutRequest<MeResponse>
{
    public override void Configure()
    {
        Get("/api/me");
        AuthSchemes(CardAuthentication.SchemeName);
        Roles(Access.Volunteer);
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(responses.Of(me.Overview(User.VolunteerId()), HttpContext), ct);
}
