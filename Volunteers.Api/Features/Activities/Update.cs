using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;

namespace Volunteers.Api.Features.Activities.Update;

/// <summary>Partial update: only the fields sent change; null or "" clears an optional one (capacity: unlimited again).</summary>
public sealed class Request : ActivityPatch
{
    public long Id { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Title).IsText("活动名称", "title", 60).When(x => x.Title is not null);
        RuleFor(x => x.Type).IsActivityType().When(x => x.Type is not null);
        RuleFor(x => x.Date!.Value).IsActivityDate().When(x => x.Date is not null);
        RuleFor(x => x.Location).IsOptionalText("地点", "location", 100);
        RuleFor(x => x.StartTime).IsClockTime("开始时间", "start time");
        RuleFor(x => x.EndTime).IsClockTime("结束时间", "end time");
        RuleFor(x => x.Description).IsOptionalText("活动介绍", "description", ActivityRules.MaxDescription);
        RuleFor(x => x.Capacity).IsCapacity();
    }
}

public sealed class Endpoint(ActivityCommands activities, ActivityQueries reads) : Endpoint<Request, Activity>
{
    public override void Configure()
    {
        Patch("/api/activities/{id}");
        Roles(Access.Staff);
    }

    public override void OnBeforeValidate(Request r) => reads.Get(User.Caller(), r.Id);

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(activities.Update(User.Caller(), r.Id, r), ct);
}
