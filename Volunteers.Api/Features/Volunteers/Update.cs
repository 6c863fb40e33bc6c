using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers.Update;

/// <summary>Partial update: only the fields sent change; the merged volunteer is checked against every rule in Core.</summary>
public sealed class Request : VolunteerPatch
{
    public long Id { get; set; }
}

public sealed class Endpoint(VolunteerCommands changes, VolunteerViews views) : Endpoint<Request, VolunteerResponse>
{
    public override void Configure()
    {
        Patch("/api/volunteers/{id}");
        Roles(Access.Staff);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(views.Of(changes.Update(User.Caller(), r.Id, r)), ct);
}
