using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Signups;

namespace Volunteers.Api.Features.Signups.Remove;

public sealed record Request(long Id, long SignupId);

/// <summary>Takes a volunteer off the roster; a confirmed place passes to the first on the waitlist.</summary>
public sealed class Endpoint(SignupCommands signups) : Endpoint<Request, CancelResult>
{
    public override void Configure()
    {
        Delete("/api/activities/{id}/signups/{signupId}");
        Roles(Access.Staff);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(signups.Remove(User.Caller(), r.Id, r.SignupId), ct);
}
