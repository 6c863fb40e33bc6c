using Volunteers.Core.Audit;
using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Exports;
using Volunteers.Core.ServiceRecords;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Exports.ServiceRecords;

public sealed class Request
{
    public string Format { get; set; } = "";
    public long? VolunteerId { get; set; }
    public long? LearningPointId { get; set; }
    public string? Status { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Format).IsSheetFormat();
        RuleFor(x => x.Status).Must(s => s is null || RecordStatuses.All.Contains(s))
            .WithMessage(_ => Text.T("状态须为 pending、approved 或 rejected", "Status must be pending, approved or rejected"));
    }
}

public sealed class Endpoint(ExportQueries exports, AuditCommands audit, TimeProvider clock) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/exports/service-records.{format}");
        Roles(Access.Staff);
        Description(x => x.File(Declare.Csv, Declare.Xlsx));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        audit.Record(User.Caller(), "export.service-records", "export", null, new { r.Format, r.LearningPointId, r.VolunteerId, r.Status, r.From, r.To });
        var sheet = exports.ServiceRecords(User.Caller(), new ServiceRecordFilter(r.VolunteerId, r.Status, r.From, r.To, r.LearningPointId));
        var day = ShanghaiTime.Today(clock).ToString("yyyyMMdd");
        return SheetDownload.SendAsync(HttpContext, sheet, Sheet.FormatOf(r.Format)!.Value, $"服务记录-{day}", $"service-records-{day}", ct);
    }
}
