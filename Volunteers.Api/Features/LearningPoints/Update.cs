using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.LearningPoints;

namespace Volunteers.Api.Features.LearningPoints.Update;

public sealed class Request : PointRequest
{
    public long Id { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator() => Include(new PointRules());
}

public sealed class Endpoint(LearningPointCommands points, LearningPointQueries reach) : Endpoint<Request, PointResponse>
{
    public override void Configure()
    {
        Put("/api/learning-points/{id}");
        Roles(Access.TownAdmin);
    }

    // Another town's point is absent before any field is checked.
    public override void OnBeforeValidate(Request r) => reach.Get(User.Caller(), r.Id);

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(PointResponse.From(points.Update(User.Caller(), r.Id, r.ToInput())), ct);
}
