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
    public Validator() => RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length is >= 4 and <= 200)
        .WithMessage(_ => Text.T("请说明查看完整身份证号码的原因（4–200 个字）", "State why the whole ID number is needed (4–200 characters)"));
}

public sealed record Response(long Id, string IdNumber);

/// <summary>The one place a whole ID number leaves the service: a town administrator, a stated reason, an audit entry.</summary>
public sealed class Endpoint(VolunteerData volunteers) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/volunteers/{id}/reveal-id-number");
        Roles(Core.Common.Roles.TownAdmin);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(new Response(r.Id, volunteers.RevealIdNumber(User.Caller(), r.Id, r.Reason.Trim())), ct);
}
