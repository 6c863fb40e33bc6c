using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers.Transfer;

public sealed class Request
{
    public long Id { get; set; }
    /// <summary>The learning point the volunteer moves to: of the same town, or (district administrator) of another.</summary>
    public long LearningPointId { get; set; }
}

public sealed class Endpoint(TransferCommands transfers, VolunteerQueries volunteers, VolunteerViews views) : Endpoint<Request, VolunteerResponse>
{
    public override void Configure()
    {
        Post("/api/volunteers/{id}/transfer");
        Roles(Access.TownAdmin);
    }

    public override void OnBeforeValidate(Request r) => volunteers.Get(User.Caller(), r.Id);

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(views.Of(transfers.Transfer(User.Caller(), r.Id, r.LearningPointId)), ct);
}
