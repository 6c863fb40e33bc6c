using FastEndpoints;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Town.Get;

public sealed record Response(string Name, long ResidentPopulation, decimal TargetRatio, int Target, DateTimeOffset UpdatedAt)
{
    public static Response From(TownSettings t) => new(t.Name, t.ResidentPopulation, t.TargetRatio, t.Target, t.UpdatedAt);
}

public sealed class Endpoint(TownQueries town) : EndpointWithoutRequest<Response>
{
    public override void Configure() => Get("/api/town");

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(Response.From(town.Get()), ct);
}
