using FastEndpoints;
using Volunteers.Core.Common;
using Volunteers.Core.Selection;

namespace Volunteers.Api.Features.Selection.Verify;

public sealed record Request(string Code);

public sealed class Api(AwardQueries awards) : Endpoint<Request, Verification>
{
    public override void Configure()
    {
        Get("/api/verify/{code}");
        AllowAnonymous();
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        r.Code.Length > 64 || awards.Verify(r.Code.Trim().ToUpperInvariant()) is not { } found
            ? throw DomainException.NotFound(Text.T("证书或证明编码", "Certificate or proof code"))
            : Send.OkAsync(found, ct);
}
