using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers.List;

public sealed class Request
{
    public long? LearningPointId { get; set; }
    public string? Status { get; set; }
    public string? Category { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Status).Must(s => s is null || Statuses.All.Contains(s))
            .WithMessage(_ => Text.T("状态须为：" + string.Join("、", Statuses.All), "Status must be one of: " + string.Join(", ", Statuses.All)));
        RuleFor(x => x.Category).Must(c => c is null || Categories.All.Contains(c))
            .WithMessage(_ => Text.T("类别须为：" + string.Join("、", Categories.All), "Category must be one of: " + string.Join(", ", Categories.All)));
        RuleFor(x => x.Q).IsOptionalText("搜索内容", "search text", 50);
        Include(new PagingRules<Request>(x => x.Page, x => x.PageSize));
    }
}

public sealed class Endpoint(VolunteerQueries volunteers) : Endpoint<Request, Paged<VolunteerSummary>>
{
    public override void Configure() => Get("/api/volunteers");

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(volunteers.List(User.Caller(),
        new VolunteerFilter(r.LearningPointId, r.Status, r.Category, r.Q), new Paging(r.Page, r.PageSize)), ct);
}
