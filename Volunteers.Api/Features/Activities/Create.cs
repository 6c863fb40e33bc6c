using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;

namespace Volunteers.Api.Features.Activities.Create;

public sealed record Request(string Title, string Type, long? LearningPointId, DateOnly Date, string? Location);

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Title).IsText("活动名称", "title", 60);
        RuleFor(x => x.Type).Must(t => t is not null && ActivityTypes.Chinese.ContainsKey(t))
            .WithMessage(_ => Text.T("活动类型须为：" + string.Join("、", ActivityTypes.Chinese.Select(p => $"{p.Key}（{p.Value}）")),
                "Type must be one of: " + string.Join(", ", ActivityTypes.Chinese.Keys)));
        RuleFor(x => x.Date).Must(d => d.Year >= 2000 && d.Year <= 2100)
            .WithMessage(_ => Text.T("请填写有效的活动日期", "Enter a valid activity date"));
        RuleFor(x => x.Location).IsOptionalText("地点", "location", 100);
    }
}

public sealed class Endpoint(ActivityCommands activities) : Endpoint<Request, Activity>
{
    public override void Configure()
    {
        Post("/api/activities");
        Roles(Access.Staff);
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var activity = activities.Create(User.Caller(), new ActivityInput(r.Title.Trim(), r.Type, r.LearningPointId, r.Date, r.Location?.Trim()));
        HttpContext.Response.Headers.Location = $"/api/activities/{activity.Id}";
        await Send.ResponseAsync(activity, 201, ct);
    }
}
