using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.LearningPoints;

namespace Volunteers.Api.Features.LearningPoints.List;

public sealed record PublicPoint(long Id, long TownId, string TownName, string Name, string Kind);

/// <summary>A town has a few dozen points at most, so the form asks for them all in one page unless it names another size.</summary>
public sealed class Request
{
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = Paging.MaxPageSize;
    /// <summary>One town's points; staff of a town always get their own town's.</summary>
    public long? TownId { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator() => Include(new PagingRules<Request>(x => x.Page, x => x.PageSize));
}

/// <summary>Public: the registration form picks a point from it. With a token it carries codes, populations and targets too.</summary>
public sealed class Endpoint(LearningPointQueries points) : Endpoint<Request, Paged<object>>
{
    public override void Configure()
    {
        Get("/api/learning-points");
        AllowAnonymous();
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var all = points.List(User.Identity?.IsAuthenticated == true && User.Caller().TownScope is { } own ? own : r.TownId);
        var paging = new Paging(r.Page, r.PageSize);
        var signedIn = User.Identity?.IsAuthenticated == true;
        var items = all.Skip(paging.Offset).Take(paging.PageSize)
            .Select(p => signedIn ? PointResponse.From(p) : (object)new PublicPoint(p.Id, p.TownId, p.TownName, p.Name, p.Kind)).ToList();
        return Send.OkAsync(new Paged<object>(items, paging.Page, paging.PageSize, all.Count), ct);
    }
}
