using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Activities;

namespace Volunteers.Api.Features.Activities.Get;

public sealed record Request(long Id);

public sealed class Endpoint(ActivityQueries activities) : Endpoint<Request, Activity>
{
    public override void Configure() => Get("/api/activities/{id}");

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(activities.Get(User.Caller(), r.Id), ct);
}
