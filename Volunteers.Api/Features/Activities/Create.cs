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
        RuleFor(x => x.Title).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= 60)
            .WithMessage(_ => Text.T("活动名称须为 1–60 个字", "The title has 1–60 characters"));
        RuleFor(x => x.Type).Must(t => t is not null && ActivityTypes.Chinese.ContainsKey(t))
            .WithMessage(_ => Text.T("活动类型须为：" + string.Join("、", ActivityTypes.Chinese.Select(p => $"{p.Key}（{p.Value}）")),
                "Type must be one of: " + string.Join(", ", ActivityTypes.Chinese.Keys)));
        RuleFor(x => x.Date).Must(d => d.Year >= 2000 && d.Year <= 2100)
            .WithMessage(_ => Text.T("请填写有效的活动日期", "Enter a valid activity date"));
        RuleFor(x => x.Location).MaximumLength(100).WithMessage(_ => Text.T("地点最多 100 个字", "The location has at most 100 characters"));
    }
}

public sealed class Endpoint(ActivityData activities) : Endpoint<Request, Activity>
{
    public override void Configure()
    {
        Post("/api/activities");
        Roles(Core.Common.Roles.TownAdmin, Core.Common.Roles.PointCoordinator);
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var activity = activities.Create(User.Caller(), new ActivityInput(r.Title.Trim(), r.Type, r.LearningPointId, r.Date, r.Location?.Trim()));
        HttpContext.Response.Headers.Location = $"/api/activities/{activity.Id}";
        await Send.ResponseAsync(activity, 201, ct);
    }
}
