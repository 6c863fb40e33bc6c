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
    public Validator() => RuleFor(x => x.Reason).MaximumLength(200)
        .WithMessage(_ => Text.T("原因最多 200 个字", "The reason has at most 200 characters"));
}

public abstract class StatusEndpoint(VolunteerChanges changes, VolunteerViews views, StatusAction action, string verb) : Endpoint<Request, VolunteerResponse>
{
    public override void Configure()
    {
        Post($"/api/volunteers/{{id}}/{verb}");
        Roles(Core.Common.Roles.TownAdmin, Core.Common.Roles.PointCoordinator);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(views.Of(changes.ChangeStatus(User.Caller(), r.Id, action, r.Reason?.Trim())), ct);
}

public sealed class Approve(VolunteerChanges changes, VolunteerViews views) : StatusEndpoint(changes, views, StatusAction.Approve, "approve");

public sealed class Suspend(VolunteerChanges changes, VolunteerViews views) : StatusEndpoint(changes, views, StatusAction.Suspend, "suspend");

public sealed class Withdraw(VolunteerChanges changes, VolunteerViews views) : StatusEndpoint(changes, views, StatusAction.Withdraw, "withdraw");
