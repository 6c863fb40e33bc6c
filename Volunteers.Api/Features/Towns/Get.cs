using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.Town;
using TownResponse = Volunteers.Api.Features.Town.Get.Response;

namespace Volunteers.Api.Features.Towns.Get;

public sealed record Request(long Id);

/// <summary>A town; to a town's staff another town answers as if absent.</summary>
public sealed class Endpoint(TownQueries towns) : Endpoint<Request, TownResponse>
{
    public override void Configure()
    {
        Get("/api/towns/{id}");
        Roles(Access.Staff);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(TownResponse.From(towns.Get(User.Caller(), r.Id)), ct);
}
