using FastEndpoints;
using Volunteers.Core.Registration;

namespace Volunteers.Api.Features.Registration.Consent;

public sealed record Response(string Version, string Text, long TownId);

public sealed class Request
{
    /// <summary>The town whose form shows the notice; may be left out while the district has one town.</summary>
    public long? TownId { get; set; }
}

public sealed class Endpoint(ConsentQueries consent) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/registrations/consent");
        AllowAnonymous();
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var (version, text, town) = consent.Current(r.TownId);
        return Send.OkAsync(new Response(version, text, town), ct);
    }
}
