using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Selection;

namespace Volunteers.Api.Features.Selection.Awards;

public sealed class ListRequest
{
    public int? Year { get; set; }
}

public sealed class List(AwardQueries awards, AwardResponses responses) : Endpoint<ListRequest, Paged<AwardResponse>>
{
    public override void Configure() => Get("/api/awards");

    public override Task HandleAsync(ListRequest r, CancellationToken ct)
    {
        var items = awards.List(User.Caller(), r.Year).Select(a => responses.Of(a, HttpContext)).ToList();
        return Send.OkAsync(new Paged<AwardResponse>(items, 1, Math.Max(items.Count, 1), items.Count), ct);
    }
}

public sealed class RevokeRequest
{
    public long Id { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class RevokeValidator : Validator<RevokeRequest>
{
    public RevokeValidator() => RuleFor(x => x.Reason).IsText("撤销原因", "reason", 500);
}

public sealed class Revoke(AwardCommands awards, AwardQueries reach, AwardResponses responses) : Endpoint<RevokeRequest, AwardResponse>
{
    public override void Configure()
    {
        Post("/api/awards/{id}/revoke");
        Roles(Access.TownAdmin);
    }

    // Another town's award is absent before any field is checked.
    public override void OnBeforeValidate(RevokeRequest r) => reach.Get(User.Caller(), r.Id);

    public override Task HandleAsync(RevokeRequest r, CancellationToken ct) =>
        Send.OkAsync(responses.Of(awards.Revoke(User.Caller(), r.Id, r.Reason.Trim()), HttpContext), ct);
}
