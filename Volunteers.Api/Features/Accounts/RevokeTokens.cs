using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.Accounts;

namespace Volunteers.Api.Features.Accounts.RevokeTokens;

public sealed record Request(long Id);

public sealed record Response(long AccountId, int Revoked);

public sealed class Endpoint(AccountCommands accounts) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Delete("/api/accounts/{id}/tokens");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(new Response(r.Id, accounts.RevokeTokens(User.Caller(), r.Id)), ct);
}
