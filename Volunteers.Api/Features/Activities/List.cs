using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;

namespace Volunteers.Api.Features.Activities.List;

public sealed class Request
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public long? LearningPointId { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed class Validator : Validator<Request>
{
    public Validator() => Include(new PagingRules<Request>(x => x.Page, x => x.PageSize));
}

public sealed class Endpoint(ActivityQueries activities) : Endpoint<Request, Paged<Activity>>
{
    public override void Configure() => Get("/api/activities");

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(activities.List(User.Caller(), r.From, r.To, r.LearningPointId, new Paging(r.Page, r.PageSize)), ct);
}
