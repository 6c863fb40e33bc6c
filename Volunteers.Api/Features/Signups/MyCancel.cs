using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Signups;

namespace Volunteers.Api.Features.Signups.MyCancel;

public sealed record Request(long Id);

/// <summary>The card holder cancels before the start; their place passes to the first on the waitlist. Another's sign-up is absent.</summary>
public sealed class Endpoint(SignupCommands signups) : Endpoint<Request, SignupResult>
{
    public override void Configure()
    {
        Delete("/api/me/signups/{id}");
        AuthSchemes(CardAuthentication.SchemeName);
        Roles(Access.Volunteer);
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var cancelled = signups.CancelOwn(User.VolunteerId(), r.Id, User.Client());
        return Send.OkAsync(new SignupResult(cancelled.Id, cancelled.ActivityId, cancelled.Status, null), ct);
    }
}
