using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Api.Setup.OpenApi;
using Volunteers.Core.Common;
using Volunteers.Core.Reports;
using Volunteers.Core.Town;
using Request = Volunteers.Api.Features.Reports.MonthlyBriefing.Request;

namespace Volunteers.Api.Features.Reports.MonthlyBriefingHtml;

public sealed class Endpoint(MonthlyBriefingQueries briefings, TownQueries towns) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/reports/monthly/{month}.html");
        Roles(Access.TownAdmin);
        Description(x => x.File(Declare.Html));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var briefing = briefings.For(User.Caller(), r.FirstDay!.Value.Year, r.FirstDay.Value.Month);
        return Send.StringAsync(BriefingHtml.Of(briefing, towns.Get(briefing.TownId).Issuer), contentType: "text/html; charset=utf-8", cancellation: ct);
    }
}
