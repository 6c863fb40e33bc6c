using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Api.Features.Documents;
using Volunteers.Core.CheckIn;
using Volunteers.Core.Documents;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.CheckIn.Poster;

public sealed record Request(long Id);

/// <summary>签到海报: A4, to put up at the door.</summary>
public sealed class Endpoint(CheckinQueries checkins, CheckinResponses responses) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/activities/{id}/checkin-poster.pdf");
        Roles(Access.Staff);
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var poster = checkins.Poster(User.Caller(), r.Id, responses.PrintedUrls());
        return Send.BytesAsync(Pdf.Render(s => CheckinPoster.Write(poster, s)), $"checkin-poster-{r.Id}.pdf", "application/pdf", cancellation: ct);
    }
}
