using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Signups;

namespace Volunteers.Api.Features.Signups.Roster;

public sealed record Request(long Id);

/// <summary>The confirmed, then the waitlist in its order, with masked mobiles.</summary>
public sealed class Endpoint(SignupQueries signups) : Endpoint<Request, Core.Signups.Roster>
{
    public override void Configure()
    {
        Get("/api/activities/{id}/signups");
        Roles(Access.Staff);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(signups.Roster(User.Caller(), r.Id), ct);
}
