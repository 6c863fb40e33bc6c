using FastEndpoints;
using Volunteers.Api.Features.Selection;
using Volunteers.Api.Setup;
using Volunteers.Core.Documents;
using Volunteers.Core.Selection;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Documents.Certificate;

public sealed record Request(long Id);

public sealed class Endpoint(AwardQueries awards, DocumentQueries documents, AwardResponses links) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/awards/{id}/certificate.pdf");
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var award = awards.Get(User.Caller(), r.Id);
        var bytes = Pdf.Render(s => AwardCertificate.Write(documents.Certificate(award, links.PrintedVerifyUrls()), s));
        return Send.BytesAsync(bytes, $"certificate-{award.Year}-{award.Id}.pdf", "application/pdf", cancellation: ct);
    }
}
