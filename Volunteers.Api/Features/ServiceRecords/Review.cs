using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.ServiceRecords;

namespace Volunteers.Api.Features.ServiceRecords.Review;

public sealed class Request
{
    public long Id { get; set; }
    public string? Reason { get; set; }
}

/// <summary>A reason has a length limit here; rejections and reversals must give one (see <see cref="Reasons"/>), an approval may.</summary>
public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Reason).Must(r => r is null || r.Trim().Length <= 200)
        .WithMessage(_ => Text.T("原因最多 200 个字", "The reason has at most 200 characters"));
}

public sealed class Approve(ServiceReview review) : Endpoint<Request, ServiceRecordResponse>
{
    public override void Configure()
    {
        Post("/api/service-records/{id}/approve");
        Roles(Core.Common.Roles.TownAdmin, Core.Common.Roles.PointCoordinator);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(ServiceRecordResponse.From(review.Approve(User.Caller(), r.Id)), ct);
}

public sealed class Reject(ServiceReview review) : Endpoint<Request, ServiceRecordResponse>
{
    public override void Configure()
    {
        Post("/api/service-records/{id}/reject");
        Roles(Core.Common.Roles.TownAdmin, Core.Common.Roles.PointCoordinator);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(ServiceRecordResponse.From(review.Reject(User.Caller(), r.Id, Reasons.Required(r.Reason))), ct);
}

public sealed class Reverse(ServiceReview review) : Endpoint<Request, ServiceRecordResponse>
{
    public override void Configure()
    {
        Post("/api/service-records/{id}/reverse");
        Roles(Core.Common.Roles.TownAdmin, Core.Common.Roles.PointCoordinator);
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var reversal = review.Reverse(User.Caller(), r.Id, Reasons.Required(r.Reason));
        HttpContext.Response.Headers.Location = $"/api/service-records/{reversal.Id}";
        await Send.ResponseAsync(ServiceRecordResponse.From(reversal), 201, ct);
    }
}

internal static class Reasons
{
    public static string Required(string? reason) => string.IsNullOrWhiteSpace(reason)
        ? throw DomainException.Invalid("reason", Text.T("请填写原因", "Give a reason"))
        : reason.Trim();
}
