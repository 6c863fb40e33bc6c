using Volunteers.Core.Audit;
using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Exports;
using Volunteers.Core.Volunteers;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Exports.Volunteers;

public sealed class Request
{
    public string Format { get; set; } = "";
    public long? LearningPointId { get; set; }
    public string? Status { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Format).IsSheetFormat();
        RuleFor(x => x.Status).Must(s => s is null || Statuses.All.Contains(s))
            .WithMessage(_ => Text.T("状态须为：" + string.Join("、", Statuses.All), "Status must be one of: " + string.Join(", ", Statuses.All)));
    }
}

public sealed class Endpoint(ExportQueries exports, AuditCommands audit, TimeProvider clock) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/exports/volunteers.{format}");
        Roles(Access.Staff);
        Description(x => x.File(Declare.Csv, Declare.Xlsx));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        audit.Record(User.Caller(), "export.volunteers", "export", null, new { r.Format, r.LearningPointId, r.Status });
        var sheet = exports.Volunteers(User.Caller(), new VolunteerExportFilter(r.LearningPointId, r.Status));
        var day = ShanghaiTime.Today(clock).ToString("yyyyMMdd");
        return SheetDownload.SendAsync(HttpContext, sheet, Sheet.FormatOf(r.Format)!.Value, $"志愿者名单-{day}", $"volunteers-{day}", ct);
    }
}
