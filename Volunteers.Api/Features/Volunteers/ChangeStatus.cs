using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers.ChangeStatus;

public sealed class Request
{
    public long Id { get; set; }
    public string? Reason { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Reason).IsOptionalText("原因", "reason", 200);
}

public abstract class StatusEndpoint(VolunteerCommands changes, VolunteerQueries volunteers, VolunteerViews views, StatusAction action, string verb)
    : Endpoint<Request, VolunteerResponse>
{
    public override void Configure()
    {
        Post($"/api/volunteers/{{id}}/{verb}");
        Roles(Access.Staff);
    }

    public override void OnBeforeValidate(Request r) => volunteers.Get(User.Caller(), r.Id);

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(views.Of(changes.ChangeStatus(User.Caller(), r.Id, action, r.Reason?.Trim())), ct);
}

public sealed class Approve(VolunteerCommands changes, VolunteerQueries volunteers, VolunteerViews views)
    : StatusEndpoint(changes, volunteers, views, StatusAction.Approve, "approve");

public sealed class Suspend(VolunteerCommands changes, VolunteerQueries volunteers, VolunteerViews views)
    : StatusEndpoint(changes, volunteers, views, StatusAction.Suspend, "suspend");

public sealed class Withdraw(VolunteerCommands changes, VolunteerQueries volunteers, VolunteerViews views)
    : StatusEndpoint(changes, volunteers, views, StatusAction.Withdraw, "withdraw");
