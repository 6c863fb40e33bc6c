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

/// <summary>
/// 志愿服务记录证明: the latest proof of this period reprinted with its number while nothing on it changed (the first download
/// issues it); once it changed, a 409 says to issue a new one with POST.
/// </summary>
public sealed class Endpoint(ServiceProofCommands proofs, AwardResponses links) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/volunteers/{id}/service-proof.pdf");
        Description(x => x.File(Declare.Pdf).Problem(409));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var (bytes, number) = proofs.Reprint(User.Caller(), r.Id, r.From, r.To, links.PrintedVerifyUrls(),
            proof => (Pdf.Render(s => ServiceRecordProof.Write(proof, s)), proof.VolunteerNo));
        return Send.BytesAsync(bytes, $"service-proof-{number}.pdf", "application/pdf", cancellation: ct);
    }
}
