using FastEndpoints;
using Volunteers.Api.Features.Documents;
using Volunteers.Api.Features.Selection;
using Volunteers.Api.Setup;
using Volunteers.Core.Documents;
using Volunteers.Core.Selection;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Me.Certificate;

public sealed record Request(long Id);

/// <summary>The volunteer's own award certificate; someone else's award answers 404, as if it did not exist.</summary>
public sealed class Endpoint(AwardQueries awards, DocumentQueries documents, AwardResponses links) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/me/awards/{id}/certificate.pdf");
        AuthSchemes(CardAuthentication.SchemeName);
        Roles(Access.Volunteer);
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var award = awards.Own(User.VolunteerId(), r.Id);
        var bytes = Pdf.Render(s => AwardCertificate.Write(documents.Certificate(award, links.PrintedVerifyUrls()), s));
        return Send.BytesAsync(bytes, $"certificate-{award.Year}-{award.Id}.pdf", "application/pdf", cancellation: ct);
    }
}
