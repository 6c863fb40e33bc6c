using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Me;

namespace Volunteers.Api.Features.Volunteers.RevokeCard;

public sealed record Request(long Id);

/// <summary>Ends a lost or leaked card at once; a volunteer with no live card answers 404.</summary>
public sealed class Endpoint(CardCommands cards) : Endpoint<Request>
{
    public override void Configure()
    {
        Delete("/api/volunteers/{id}/card");
        Roles(Access.Staff);
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        cards.Revoke(User.Caller(), r.Id);
        return Send.NoContentAsync(ct);
    }
}
