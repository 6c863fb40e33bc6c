using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Exports;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Exports.Statistics;

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

public sealed class Endpoint(Core.Exports.StatisticsQueries statistics, Core.Audit.AuditCommands audit, TimeProvider clock) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/exports/statistics.{format}");
        Roles(Access.Staff);
        Description(x => x.File(Declare.Csv, Declare.Xlsx));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var year = r.Year ?? ShanghaiTime.Today(clock).Year;
        audit.Record(User.Caller(), "export.statistics", "export", null, new { r.Format, year });
        return SheetDownload.SendAsync(HttpContext, statistics.For(User.Caller(), year), Sheet.FormatOf(r.Format)!.Value,
            $"{year}年各学习点统计", $"statistics-{year}", ct);
    }
}
