using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.LearningPoints;

namespace Volunteers.Api.Features.LearningPoints.Get;

public sealed record Request(long Id);

public sealed class Endpoint(LearningPointData points) : Endpoint<Request, PointResponse>
{
    public override void Configure() => Get("/api/learning-points/{id}");

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var point = points.Get(r.Id);
        if (point is null || !User.Caller().CanReach(point.Id)) throw LearningPointData.NotFound();
        return Send.OkAsync(PointResponse.From(point), ct);
    }
}
