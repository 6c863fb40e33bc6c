using FastEndpoints;
using Volunteers.Core.Registration;

namespace Volunteers.Api.Features.Registration.Consent;

public sealed record Response(string Version, string Text);

public sealed class Endpoint(ConsentQueries consent) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/registrations/consent");
        AllowAnonymous();
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var (version, text) = consent.Current();
        return Send.OkAsync(new Response(version, text), ct);
    }
}
