using FastEndpoints;
using Volunteers.Api.Features.Selection;
using Volunteers.Api.Setup;
using Volunteers.Core.Documents;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Documents.ServiceProof;

public sealed class Request
{
    public long Id { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>志愿服务记录证明: each download issues a new numbered proof, recorded so its QR code verifies.</summary>
public sealed class Endpoint(ServiceProofCommands proofs, AwardResponses links) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/volunteers/{id}/service-proof.pdf");
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var (bytes, number) = proofs.Issue(User.Caller(), r.Id, r.From, r.To, links.PrintedVerifyUrls(),
            proof => (Pdf.Render(s => ServiceRecordProof.Write(proof, s)), proof.VolunteerNo));
        return Send.BytesAsync(bytes, $"service-proof-{number}.pdf", "application/pdf", cancellation: ct);
    }
}
