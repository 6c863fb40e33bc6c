using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Exports;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Exports.Awards;

public sealed class Request
{
    public string Format { get; set; } = "";
    public int? Year { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Format).IsSheetFormat();
        RuleFor(x => x.Year).IsProgrammeYear();
    }
}

public sealed class Endpoint(ExportQueries exports, AuditCommands audit) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/exports/awards.{format}");
        Roles(Access.Staff);
        Description(x => x.File(Declare.Csv, Declare.Xlsx));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        audit.Record(User.Caller(), "export.awards", "export", null, new { r.Format, r.Year });
        return SheetDownload.SendAsync(HttpContext, exports.Awards(User.Caller(), r.Year), Sheet.FormatOf(r.Format)!.Value,
            r.Year is { } year ? $"{year}年度表彰名单" : "历年表彰名单", $"awards-{r.Year?.ToString() ?? "all"}", ct);
    }
}
