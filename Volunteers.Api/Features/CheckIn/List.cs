using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.CheckIn;

namespace Volunteers.Api.Features.CheckIn.List;

public sealed record Request(long Id);

/// <summary>The live list: each volunteer's check-in and check-out, minutes and hours, and whether it was entered or closed for them.</summary>
public sealed class Endpoint(CheckinQueries checkins) : Endpoint<Request, CheckinList>
{
    public override void Configure()
    {
        Get("/api/activities/{id}/checkins");
        Roles(Access.Staff);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(checkins.List(User.Caller(), r.Id), ct);
}
