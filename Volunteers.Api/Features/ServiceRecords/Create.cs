using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.ServiceRecords;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.ServiceRecords.Create;

public sealed record Request(long VolunteerId, long? ActivityId, DateOnly ServiceDate, decimal Hours, string Content);

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.VolunteerId).GreaterThan(0).WithMessage(_ => Text.T("请指定志愿者", "Choose a volunteer"));
        RuleFor(x => x.Hours).Must(Hours.IsValid).WithMessage(_ => Hours.InvalidMessage());
        RuleFor(x => x.Content).IsText("服务内容", "content", 200);
    }
}

public sealed class Endpoint(ServiceRecordCommands records) : Endpoint<Request, ServiceRecordResponse>
{
    public override void Configure()
    {
        Post("/api/service-records");
        Roles(Access.Staff);
        Description(x => x.Created(location: true));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var record = records.Record(User.Caller(), new NewServiceRecord(r.VolunteerId, r.ActivityId, r.ServiceDate, r.Hours, r.Content),
            IdempotencyHeader.From(HttpContext, r));
        HttpContext.Response.Headers.Location = $"/api/service-records/{record.Id}";
        await Send.ResponseAsync(ServiceRecordResponse.From(record), 201, ct);
    }
}
