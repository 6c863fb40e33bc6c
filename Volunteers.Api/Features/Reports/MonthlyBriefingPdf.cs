using FastEndpoints;
using Volunteers.Api.Features.Documents;
using Volunteers.Api.Setup;
using Volunteers.Api.Setup.OpenApi;
using Volunteers.Core.Common;
using Volunteers.Core.Reports;
using Volunteers.Core.Town;
using Request = Volunteers.Api.Features.Reports.MonthlyBriefing.Request;

namespace Volunteers.Api.Features.Reports.MonthlyBriefingPdf;

public sealed class Endpoint(MonthlyBriefingQueries briefings, TownQueries towns) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/reports/monthly/{month}.pdf");
        Roles(Access.TownAdmin);
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var briefing = briefings.For(User.Caller(), r.FirstDay!.Value.Year, r.FirstDay.Value.Month);
        var bytes = Pdf.Render(s => BriefingPdf.Write(briefing, towns.Get(briefing.TownId).Issuer, s));
        return Send.BytesAsync(bytes, $"monthly-briefing-{briefing.Month}.pdf", "application/pdf", cancellation: ct);
    }
}
