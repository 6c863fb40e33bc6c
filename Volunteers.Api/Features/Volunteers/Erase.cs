using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers.Erase;

public sealed record Request(long Id);

/// <summary>Town administrators only: erasure is done on a person's request to the town office and cannot be undone.</summary>
public sealed class Endpoint(ErasureCommands erasure) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/api/volunteers/{id}");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        erasure.Erase(User.Caller(), r.Id);
        return Send.NoContentAsync(ct);
    }
}
