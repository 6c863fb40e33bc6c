using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.ServiceRecords;

namespace Volunteers.Api.Features.ServiceRecords.Create;

public sealed record Request(long VolunteerId, long? ActivityId, DateOnly ServiceDate, decimal Hours, string Content);

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.VolunteerId).GreaterThan(0).WithMessage(_ => Text.T("请指定志愿者", "Choose a volunteer"));
        RuleFor(x => x.Hours).Must(Hours.IsValid)
            .WithMessage(_ => Text.T("服务时长须为 0.5 的整数倍，且在 0.5 到 12 小时之间", "Hours are a multiple of 0.5 from 0.5 to 12"));
        RuleFor(x => x.Content).Must(c => !string.IsNullOrWhiteSpace(c) && c.Trim().Length <= 200)
            .WithMessage(_ => Text.T("服务内容须为 1–200 个字", "The content has 1–200 characters"));
    }
}

public sealed class Endpoint(ServiceRecordData records) : Endpoint<Request, ServiceRecordResponse>
{
    public override void Configure()
    {
        Post("/api/service-records");
        Roles(Core.Common.Roles.TownAdmin, Core.Common.Roles.PointCoordinator);
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var record = records.Record(User.Caller(), new NewServiceRecord(r.VolunteerId, r.ActivityId, r.ServiceDate, r.Hours, r.Content),
            IdempotencyHeader.From(HttpContext, r));
        HttpContext.Response.Headers.Location = $"/api/service-records/{record.Id}";
        await Send.ResponseAsync(ServiceRecordResponse.From(record), 201, ct);
    }
}
