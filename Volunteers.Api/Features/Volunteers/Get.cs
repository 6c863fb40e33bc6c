using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers.Get;

public sealed record Request(long Id);

public sealed class Endpoint(VolunteerQueries volunteers, VolunteerViews views) : Endpoint<Request, VolunteerResponse>
{
    public override void Configure() => Get("/api/volunteers/{id}");

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(views.Of(volunteers.Get(User.Caller(), r.Id)), ct);
}
