using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Signups;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Signups.MySignUp;

public sealed class Request
{
    public long ActivityId { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.ActivityId).GreaterThan(0).WithMessage(_ => Text.T("请选择要报名的活动", "Choose an activity"));
}

/// <summary>The card holder signs up: confirmed while places last, then waitlisted with a position.</summary>
public sealed class Endpoint(SignupCommands signups) : Endpoint<Request, SignupResult>
{
    public override void Configure()
    {
        Post("/api/me/signups");
        AuthSchemes(CardAuthentication.SchemeName);
        Roles(Access.Volunteer);
        Description(x => x.Created());
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var signup = signups.SignUp(User.VolunteerId(), r.ActivityId, client: User.Client(), key: IdempotencyHeader.From(HttpContext, r));
        await Send.ResponseAsync(signup, 201, ct);
    }
}
