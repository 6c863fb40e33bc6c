using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.Town;
using TownResponse = Volunteers.Api.Features.Town.Get.Response;

namespace Volunteers.Api.Features.Towns.List;

/// <summary>The district's towns: every one for its administrator, their own for a town's staff.</summary>
public sealed class Endpoint(TownQueries towns) : EndpointWithoutRequest<IReadOnlyList<TownResponse>>
{
    public override void Configure()
    {
        Get("/api/towns");
        Roles(Access.Staff);
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var caller = User.Caller();
        var all = towns.List().Where(t => caller.IsDistrictAdmin || t.Id == caller.TownId);
        return Send.OkAsync(all.Select(TownResponse.From).ToList(), ct);
    }
}
