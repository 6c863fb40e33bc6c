using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.Audit;

namespace Volunteers.Api.Features.Audit.Verify;

/// <summary>Walks the hash chain; keep the answer's headHash somewhere else (a printout, an email) to notice a cut-off tail later.</summary>
public sealed class Endpoint(AuditQueries audit) : EndpointWithoutRequest<ChainChecks>
{
    public override void Configure()
    {
        Get("/api/audit/verify");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(audit.Verify(User.Caller()), ct);
}
