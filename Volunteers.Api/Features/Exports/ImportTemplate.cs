using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Exports;
using Volunteers.Api.Setup.OpenApi;
using Volunteers.Core.LearningPoints;

namespace Volunteers.Api.Features.Exports.ImportTemplate;

public sealed class Request
{
    public string Format { get; set; } = "";
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Format).IsSheetFormat();
}

/// <summary>The empty sheet to fill in; the XLSX carries a second sheet, 填写说明, that explains every column.</summary>
public sealed class Endpoint(LearningPointQueries points) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/imports/volunteers/template.{format}");
        Roles(Access.Staff);
        Description(x => x.File(Declare.Csv, Declare.Xlsx));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var format = Sheet.FormatOf(r.Format)!.Value;
        var sheets = ImportLayout.Template(points.List(User.Caller().TownScope).Where(p => User.Caller().CanReach(p.Id)).Select(p => p.Name).ToList());
        if (format == SheetFormat.Csv) await SheetDownload.SendAsync(HttpContext, sheets[0], format, "志愿者导入模板", "volunteer-import-template", ct);
        else await SheetDownload.SendAsync(HttpContext, sheets, "志愿者导入模板", "volunteer-import-template", ct);
    }
}
