using FastEndpoints;
using Volunteers.Api.Features.Selection;
using Volunteers.Api.Setup;
using Volunteers.Core.Documents;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Documents.IssueServiceProof;

/// <summary>A new numbered 志愿服务记录证明, audited: what the office does when the services on the last proof have changed.</summary>
public sealed class Endpoint(ServiceProofCommands proofs, AwardResponses links) : Endpoint<ServiceProof.Request>
{
    public override void Configure()
    {
        Post("/api/volunteers/{id}/service-proof.pdf");
        Description(x => x.ClearDefaultProduces(200).Produces(201, typeof(Stream), Declare.Pdf));
    }

    public override async Task HandleAsync(ServiceProof.Request r, CancellationToken ct)
    {
        var (bytes, number) = proofs.Issue(User.Caller(), r.Id, r.From, r.To, links.PrintedVerifyUrls(),
            proof => (Pdf.Render(s => ServiceRecordProof.Write(proof, s)), proof.VolunteerNo));
        HttpContext.Response.StatusCode = 201;
        HttpContext.Response.ContentType = Declare.Pdf;
        HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"service-proof-{number}.pdf\"";
        await HttpContext.Response.Body.WriteAsync(bytes, ct);
    }
}
