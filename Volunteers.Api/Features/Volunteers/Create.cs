using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Volunteers;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Volunteers.Create;

public sealed class Request : VolunteerInput;

public sealed class Validator : Validator<Request>
{
    public Validator(VolunteerRules rules) => Include(rules);
}

public sealed class Endpoint(VolunteerCommands volunteers) : Endpoint<Request, VolunteerResponse>
{
    public override void Configure()
    {
        Post("/api/volunteers");
        Roles(Access.Staff);
        Description(x => x.Created(location: true));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var v = volunteers.Create(User.Caller(), new NewVolunteer(r, Statuses.Active, Sources.Coordinator, ConsentVersion: null),
            IdempotencyHeader.From(HttpContext, r));
        HttpContext.Response.Headers.Location = $"/api/volunteers/{v.Id}";
        await Send.ResponseAsync(VolunteerViews.OfNew(v), 201, ct);
    }
}
