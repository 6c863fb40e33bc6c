using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Activities.Create;

public sealed record Request(
    string Title, string Type, long? LearningPointId, DateOnly Date, string? Location, string? StartTime = null, string? EndTime = null,
    string? Description = null, int? Capacity = null, bool SignupOpen = false, DateTimeOffset? SignupDeadline = null, bool Waitlist = true,
    bool WalkIns = true, long? TownId = null);

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Title).IsText("活动名称", "title", 60);
        RuleFor(x => x.Type).IsActivityType();
        RuleFor(x => x.Date).IsActivityDate();
        RuleFor(x => x.Location).IsOptionalText("地点", "location", 100);
        RuleFor(x => x.StartTime).IsClockTime("开始时间", "start time");
        RuleFor(x => x.EndTime).IsClockTime("结束时间", "end time");
        RuleFor(x => x.Description).IsOptionalText("活动介绍", "description", ActivityRules.MaxDescription);
        RuleFor(x => x.Capacity).IsCapacity();
    }
}

public sealed class Endpoint(ActivityCommands activities) : Endpoint<Request, Activity>
{
    public override void Configure()
    {
        Post("/api/activities");
        Roles(Access.Staff);
        Description(x => x.Created(location: true));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var activity = activities.Create(User.Caller(), new ActivityInput(r.Title.Trim(), r.Type, r.LearningPointId, r.Date, Optional(r.Location))
        {
            StartTime = Optional(r.StartTime),
            EndTime = Optional(r.EndTime),
            Description = Optional(r.Description),
            Capacity = r.Capacity,
            SignupOpen = r.SignupOpen,
            SignupDeadline = r.SignupDeadline,
            Waitlist = r.Waitlist,
            WalkIns = r.WalkIns,
            TownId = r.TownId,
        });
        HttpContext.Response.Headers.Location = $"/api/activities/{activity.Id}";
        await Send.ResponseAsync(activity, 201, ct);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
