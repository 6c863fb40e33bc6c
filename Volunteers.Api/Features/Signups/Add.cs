using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Signups;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Signups.Add;

public sealed class Request
{
    public long Id { get; set; }
    public long VolunteerId { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.VolunteerId).GreaterThan(0).WithMessage(_ => Text.T("请指定志愿者", "Choose a volunteer"));
}

/// <summary>A coordinator signs up a volunteer they reach, by the same rules as the volunteer's own sign-up.</summary>
public sealed class Endpoint(SignupCommands signups, ActivityQueries activities) : Endpoint<Request, SignupResult>
{
    public override void Configure()
    {
        Post("/api/activities/{id}/signups");
        Roles(Access.Staff);
        Description(x => x.Created());
    }

    public override void OnBeforeValidate(Request r) => activities.Get(User.Caller(), r.Id);

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var caller = User.Caller();
        var signup = signups.SignUp(r.VolunteerId, r.Id, caller, caller.Client, IdempotencyHeader.From(HttpContext, r));
        await Send.ResponseAsync(signup, 201, ct);
    }
}
