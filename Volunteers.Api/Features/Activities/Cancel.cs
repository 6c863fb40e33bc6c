using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;

namespace Volunteers.Api.Features.Activities.Cancel;

public sealed class Request
{
    public long Id { get; set; }
    public string? Reason { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Reason).IsText("取消原因", "reason", 200);
}

/// <summary>Cancels with a reason that every signed-up volunteer sees beside their sign-up and in their calendar.</summary>
public sealed class Endpoint(ActivityCommands activities, ActivityQueries reads) : Endpoint<Request, Activity>
{
    public override void Configure()
    {
        Post("/api/activities/{id}/cancel");
        Roles(Access.Staff);
    }

    public override void OnBeforeValidate(Request r) => reads.Get(User.Caller(), r.Id);

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(activities.Cancel(User.Caller(), r.Id, r.Reason!.Trim()), ct);
}
