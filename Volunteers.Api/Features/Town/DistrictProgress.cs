using FastEndpoints;
using Volunteers.Core.Common;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Town.DistrictProgress;

/// <summary>Public: the district's and each town's target, active and serving volunteers; aggregates only.</summary>
public sealed class Endpoint(ProgressQueries progress, TimeProvider clock) : Endpoint<Progress.Request, Core.Town.DistrictProgress>
{
    public override void Configure()
    {
        Get("/api/district/progress");
        AllowAnonymous();
    }

    public override Task HandleAsync(Progress.Request r, CancellationToken ct) =>
        Send.OkAsync(progress.District(r.Year ?? ShanghaiTime.Today(clock).Year), ct);
}
