using FastEndpoints;
using Volunteers.Api.Features.Selection;
using Volunteers.Api.Setup;
using Volunteers.Core.Documents;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Documents.YearCertificates;

public sealed record Request(int Year);

/// <summary>Every standing certificate of a year, one page each, for the ceremony's printer.</summary>
public sealed class Endpoint(DocumentQueries documents, AwardResponses links) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/selections/{year}/certificates.pdf");
        Roles(Access.TownAdmin);
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var awards = documents.StandingAwards(User.Caller(), r.Year);
        var bytes = Pdf.Render(s => AwardCertificate.WriteAll(awards.Select(a => documents.Certificate(a, links.PrintedVerifyUrls())), s));
        return Send.BytesAsync(bytes, $"certificates-{r.Year}.pdf", "application/pdf", cancellation: ct);
    }
}
