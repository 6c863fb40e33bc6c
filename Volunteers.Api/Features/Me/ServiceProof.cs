using FastEndpoints;
using Volunteers.Api.Features.Documents;
using Volunteers.Api.Features.Selection;
using Volunteers.Api.Setup;
using Volunteers.Core.Documents;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Me.ServiceProof;

public sealed class Request
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>The volunteer's own 志愿服务记录证明: numbered and verifiable like the one the office prints.</summary>
public sealed class Endpoint(ServiceProofCommands proofs, AwardResponses links) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/me/service-proof.pdf");
        AuthSchemes(CardAuthentication.SchemeName);
        Roles(Access.Volunteer);
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var (bytes, number) = proofs.IssueOwn(User.VolunteerId(), User.Client(), r.From, r.To, links.PrintedVerifyUrls(),
            proof => (Pdf.Render(s => ServiceRecordProof.Write(proof, s)), proof.VolunteerNo));
        return Send.BytesAsync(bytes, $"service-proof-{number}.pdf", "application/pdf", cancellation: ct);
    }
}
