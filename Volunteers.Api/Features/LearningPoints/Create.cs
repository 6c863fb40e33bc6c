using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.LearningPoints;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.LearningPoints.Create;

public sealed class Request : PointRequest;

public sealed class Validator : Validator<Request>
{
    public Validator() => Include(new PointRules());
}

public sealed class Endpoint(LearningPointCommands points) : Endpoint<Request, PointResponse>
{
    public override void Configure()
    {
        Post("/api/learning-points");
        Roles(Access.TownAdmin);
        Description(x => x.Created(location: true));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var point = points.Create(User.Caller(), r.ToInput());
        HttpContext.Response.Headers.Location = $"/api/learning-points/{point.Id}";
        await Send.ResponseAsync(PointResponse.From(point), 201, ct);
    }
}
