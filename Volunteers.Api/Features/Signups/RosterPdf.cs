using FastEndpoints;
using Volunteers.Api.Features.Documents;
using Volunteers.Api.Setup;
using Volunteers.Core.Documents;
using Volunteers.Core.Signups;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Signups.RosterPdf;

public sealed record Request(long Id);

/// <summary>签到表: the printed roster, also the paper sheet for those who sign in without a phone.</summary>
public sealed class Endpoint(SignupQueries signups) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/activities/{id}/roster.pdf");
        Roles(Access.Staff);
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var bytes = Pdf.Render(s => SignInSheet.Write(signups.SignInSheet(User.Caller(), r.Id), s));
        return Send.BytesAsync(bytes, $"roster-{r.Id}.pdf", "application/pdf", cancellation: ct);
    }
}
