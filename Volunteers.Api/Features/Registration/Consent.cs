using FastEndpoints;

namespace Volunteers.Api.Features.Registration.Consent;

public sealed record Response(string Version, string Text);

public sealed class Endpoint : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/registrations/consent");
        AllowAnonymous();
    }

    public override Task HandleAsync(CancellationToken ct) =>
        Send.OkAsync(new Response(Core.Registration.Consent.Version, Core.Registration.Consent.Text), ct);
}
