using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.CheckIn;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.CheckIn.Close;

public sealed record Request(long Id);

/// <summary>After the end, once: the check-ins become pending service records (source check-in) for the usual review.</summary>
public sealed class Endpoint(CheckinCommands checkins) : Endpoint<Request, CloseResult>
{
    public override void Configure()
    {
        Post("/api/activities/{id}/close");
        Roles(Access.Staff);
        Description(x => x.Created());
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.ResponseAsync(checkins.Close(User.Caller(), r.Id), 201, ct);
}
