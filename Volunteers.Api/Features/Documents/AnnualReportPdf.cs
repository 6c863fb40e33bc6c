using Volunteers.Api.Setup;
using FastEndpoints;
using FluentValidation;
using Volunteers.Core.Common;
using Volunteers.Core.Documents;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Documents.AnnualReportPdf;

public sealed record Request(int Year);

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Year).IsProgrammeYear();
}

public sealed class Endpoint(DocumentQueries documents) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/reports/annual/{year}.pdf");
        Roles(Access.TownAdmin);
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var bytes = Pdf.Render(s => AnnualReport.Write(documents.AnnualReport(User.Caller(), r.Year), s));
        return Send.BytesAsync(bytes, $"annual-report-{r.Year}.pdf", "application/pdf", cancellation: ct);
    }
}
