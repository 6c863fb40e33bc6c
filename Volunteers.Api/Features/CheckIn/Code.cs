using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.CheckIn;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.CheckIn.Code;

public sealed record Request(long Id);

/// <summary>The activity's check-in code and the page its poster's QR code opens, with the window it works in.</summary>
public sealed class Endpoint(CheckinQueries checkins, CheckinResponses responses) : Endpoint<Request, CheckinCodeResponse>
{
    public override void Configure()
    {
        Get("/api/activities/{id}/checkin");
        Roles(Access.Staff);
        Description(x => x.Problem(409));
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(responses.Of(checkins.Code(User.Caller(), r.Id), HttpContext), ct);
}
