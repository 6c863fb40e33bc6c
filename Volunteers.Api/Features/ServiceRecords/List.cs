using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.ServiceRecords;

namespace Volunteers.Api.Features.ServiceRecords.List;

public sealed class Request
{
    public long? VolunteerId { get; set; }
    public long? LearningPointId { get; set; }
    public string? Status { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Status).Must(s => s is null || RecordStatuses.All.Contains(s))
            .WithMessage(_ => Text.T("状态须为 pending、approved 或 rejected", "Status must be pending, approved or rejected"));
        Include(new PagingRules<Request>(x => x.Page, x => x.PageSize));
    }
}

public sealed class Endpoint(ServiceRecordQueries records) : Endpoint<Request, Paged<ServiceRecordResponse>>
{
    public override void Configure() => Get("/api/service-records");

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var page = records.List(User.Caller(), new ServiceRecordFilter(r.VolunteerId, r.Status, r.From, r.To, r.LearningPointId), new Paging(r.Page, r.PageSize));
        return Send.OkAsync(new Paged<ServiceRecordResponse>(page.Items.Select(ServiceRecordResponse.From).ToList(), page.Page, page.PageSize, page.Total), ct);
    }
}
