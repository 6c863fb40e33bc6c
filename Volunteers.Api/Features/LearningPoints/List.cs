using FastEndpoints;
using Volunteers.Core.Common;
using Volunteers.Core.LearningPoints;

namespace Volunteers.Api.Features.LearningPoints.List;

public sealed record PublicPoint(long Id, string Name, string Kind);

/// <summary>Public: the registration form picks a point from it. With a token it carries codes, populations and targets too.</summary>
public sealed class Endpoint(LearningPointQueries points) : EndpointWithoutRequest<Paged<object>>
{
    public override void Configure()
    {
        Get("/api/learning-points");
        AllowAnonymous();
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var all = points.List();
        var signedIn = User.Identity?.IsAuthenticated == true;
        var items = all.Select(p => signedIn ? PointResponse.From(p) : (object)new PublicPoint(p.Id, p.Name, p.Kind)).ToList();
        return Send.OkAsync(new Paged<object>(items, 1, Math.Max(items.Count, 1), items.Count), ct);
    }
}
