using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Accounts;
using Volunteers.Core.Common;

namespace Volunteers.Api.Features.Accounts.List;

public sealed class Endpoint(AccountQueries accounts) : EndpointWithoutRequest<Paged<AccountResponse>>
{
    public override void Configure()
    {
        Get("/api/accounts");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var items = accounts.List(User.Caller()).Select(AccountResponse.From).ToList();
        return Send.OkAsync(new Paged<AccountResponse>(items, 1, Math.Max(items.Count, 1), items.Count), ct);
    }
}
