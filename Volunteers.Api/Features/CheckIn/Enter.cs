using FastEndpoints;
using Volunteers.Api.Setup;
using FluentValidation;
using Volunteers.Core.Activities;
using Volunteers.Core.CheckIn;
using Volunteers.Core.Common;

namespace Volunteers.Api.Features.CheckIn.Enter;

public sealed class Request
{
    public long Id { get; set; }
    public long VolunteerId { get; set; }
    public string? Action { get; set; }
    /// <summary>When, if not now: for someone who came without a phone and is entered afterwards.</summary>
    public DateTimeOffset? At { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.VolunteerId).GreaterThan(0).WithMessage(_ => Text.T("请指定志愿者", "Choose a volunteer"));
        RuleFor(x => x.Action).Must(a => a is CheckinActions.In or CheckinActions.Out)
            .WithMessage(_ => Text.T("操作须为 in（签到）或 out（签退）", "action is in or out"));
    }
}

/// <summary>A coordinator checks in or out a volunteer without a phone; marked manual and audited.</summary>
public sealed class Endpoint(CheckinCommands checkins, ActivityQueries activities) : Endpoint<Request, CheckinResult>
{
    public override void Configure()
    {
        Post("/api/activities/{id}/checkins");
        Roles(Access.Staff);
    }

    public override void OnBeforeValidate(Request r) => activities.Get(User.Caller(), r.Id);

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(checkins.Enter(User.Caller(), r.Id, r.VolunteerId, r.Action!, r.At), ct);
}
