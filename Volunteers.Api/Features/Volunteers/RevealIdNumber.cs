using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers.RevealIdNumber;

public sealed class Request
{
    public long Id { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Reason).IsText("查看完整身份证号码的原因", "reason for revealing the whole ID number", 200, min: 4);
}

public sealed record Response(long Id, string IdNumber);

/// <summary>The one place a whole ID number leaves the service: a town administrator, a stated reason, an audit entry.</summary>
public sealed class Endpoint(VolunteerCommands volunteers, VolunteerQueries reach) : Endpoint<Request, Response>
{
    // Another town's volunteer is absent before any field is checked.
    public override void OnBeforeValidate(Request r) => reach.Get(User.Caller(), r.Id);

    public override void Configure()
    {
        Post("/api/volunteers/{id}/reveal-id-number");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(new Response(r.Id, volunteers.RevealIdNumber(User.Caller(), r.Id, r.Reason.Trim())), ct);
}
