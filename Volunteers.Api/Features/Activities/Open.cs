using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;

namespace Volunteers.Api.Features.Activities.Open;

public sealed class Request
{
    public long? LearningPointId { get; set; }
    /// <summary>One town's activities; without it, the whole district's.</summary>
    public long? TownId { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed class Validator : Validator<Request>
{
    public Validator() => Include(new PagingRules<Request>(x => x.Page, x => x.PageSize));
}

/// <summary>Public: the activities open for sign-up that have not started, with the places left and nothing about who took them.</summary>
public sealed class Endpoint(ActivityQueries activities) : Endpoint<Request, Paged<OpenActivity>>
{
    public override void Configure()
    {
        Get("/api/activities/open");
        AllowAnonymous();
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(activities.Open(r.TownId, r.LearningPointId, new Paging(r.Page, r.PageSize)), ct);
}
