using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;

namespace Volunteers.Api.Features.Audit.List;

public sealed class Request
{
    public string? Action { get; set; }
    public string? Entity { get; set; }
    public string? EntityId { get; set; }
    public long? AccountId { get; set; }
    public DateTimeOffset? From { get; set; }
    public DateTimeOffset? To { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed class Validator : Validator<Request>
{
    public Validator() => Include(new PagingRules<Request>(x => x.Page, x => x.PageSize));
}

public sealed class Endpoint(AuditQueries audit) : Endpoint<Request, Paged<AuditEntry>>
{
    public override void Configure()
    {
        Get("/api/audit");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(audit.List(User.Caller(), new AuditFilter(r.Action, r.Entity, r.EntityId, r.AccountId, r.From, r.To), new Paging(r.Page, r.PageSize)), ct);
}
