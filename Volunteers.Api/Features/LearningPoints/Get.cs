using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.LearningPoints;

namespace Volunteers.Api.Features.LearningPoints.Get;

public sealed record Request(long Id);

public sealed class Endpoint(LearningPointQueries points) : Endpoint<Request, PointResponse>
{
    public override void Configure() => Get("/api/learning-points/{id}");

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(PointResponse.From(points.Get(User.Caller(), r.Id)), ct);
}
