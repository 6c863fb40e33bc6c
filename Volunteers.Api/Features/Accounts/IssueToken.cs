using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.Accounts;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Accounts.IssueToken;

public sealed record Request(long Id);

public sealed record Response(long AccountId, string Token);

public sealed class Endpoint(AccountCommands accounts) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/accounts/{id}/tokens");
        Roles(Access.TownAdmin);
        Description(x => x.Created());
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var token = accounts.IssueToken(User.Caller(), r.Id);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.ResponseAsync(new Response(r.Id, token), 201, ct);
    }
}
