using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Town.Get;

public sealed record Response(long Id, string Code, string Name, long ResidentPopulation, decimal TargetRatio, int Target,
    string VolunteerNoPrefix, string Issuer, string CertificateNumberFormat, string ProofNumberFormat, DateTimeOffset UpdatedAt)
{
    public static Response From(TownSettings t) => new(t.Id, t.Code, t.Name, t.ResidentPopulation, t.TargetRatio, t.Target,
        t.VolunteerNoPrefix, t.Issuer, t.CertificateNumberFormat, t.ProofNumberFormat, t.UpdatedAt);
}

/// <summary>The caller's own town; a district administrator names one with ?townId= (or has the only one).</summary>
public sealed class Endpoint(TownQueries town) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/town");
        Roles(Access.Staff);
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(Response.From(town.Get(User.Caller(), null)), ct);
}
