using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Me;

namespace Volunteers.Api.Features.Me.Points;

public sealed class Request
{
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed class Validator : Validator<Request>
{
    public Validator() => Include(new PagingRules<Request>(x => x.Page, x => x.PageSize));
}

/// <summary>The volunteer's points ledger (积分明细), newest first.</summary>
public sealed class Endpoint(MeQueries me) : Endpoint<Request, Paged<MyPointsEntry>>
{
    public override void Configure()
    {
        Get("/api/me/points");
        AuthSchemes(CardAuthentication.SchemeName);
        Roles(Access.Volunteer);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(me.Points(User.VolunteerId(), new Paging(r.Page, r.PageSize)), ct);
}
