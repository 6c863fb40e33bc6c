using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.ServiceRecords;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.ServiceRecords.Review;

public sealed class Request
{
    public long Id { get; set; }
    public string? Reason { get; set; }
}

/// <summary>An approval may carry a note of the reason; a rejection or a reversal must give one.</summary>
public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Reason).IsOptionalText("原因", "reason", 200);
}

public sealed class ReasonRequest
{
    public long Id { get; set; }
    public string? Reason { get; set; }
}

public sealed class ReasonValidator : Validator<ReasonRequest>
{
    public ReasonValidator() => RuleFor(x => x.Reason).IsText("原因", "reason", 200);
}

public sealed class Approve(ReviewCommands review, ServiceRecordQueries records) : Endpoint<Request, ServiceRecordResponse>
{
    public override void Configure()
    {
        Post("/api/service-records/{id}/approve");
        Roles(Access.Staff);
    }

    public override void OnBeforeValidate(Request r) => records.Get(User.Caller(), r.Id);

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(ServiceRecordResponse.From(review.Approve(User.Caller(), r.Id)), ct);
}

public sealed class Reject(ReviewCommands review, ServiceRecordQueries records) : Endpoint<ReasonRequest, ServiceRecordResponse>
{
    public override void Configure()
    {
        Post("/api/service-records/{id}/reject");
        Roles(Access.Staff);
    }

    public override void OnBeforeValidate(ReasonRequest r) => records.Get(User.Caller(), r.Id);

    public override Task HandleAsync(ReasonRequest r, CancellationToken ct) =>
        Send.OkAsync(ServiceRecordResponse.From(review.Reject(User.Caller(), r.Id, r.Reason!.Trim())), ct);
}

public sealed class Reverse(ReviewCommands review, ServiceRecordQueries records) : Endpoint<ReasonRequest, ServiceRecordResponse>
{
    public override void Configure()
    {
        Post("/api/service-records/{id}/reverse");
        Roles(Access.Staff);
        Description(x => x.Created(location: true));
    }

    public override void OnBeforeValidate(ReasonRequest r) => records.Get(User.Caller(), r.Id);

    public override async Task HandleAsync(ReasonRequest r, CancellationToken ct)
    {
        var reversal = review.Reverse(User.Caller(), r.Id, r.Reason!.Trim());
        HttpContext.Response.Headers.Location = $"/api/service-records/{reversal.Id}";
        await Send.ResponseAsync(ServiceRecordResponse.From(reversal), 201, ct);
    }
}
