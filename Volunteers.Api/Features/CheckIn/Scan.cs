using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.CheckIn;

namespace Volunteers.Api.Features.CheckIn.Scan;

public sealed class Request
{
    public string Code { get; set; } = "";
    /// <summary>The phone's own clock, if it sends one: only compared with the server's, never recorded.</summary>
    public DateTimeOffset? DeviceTime { get; set; }
}

/// <summary>The card holder's scan: the first checks in, the second checks out with the hours counted, a third is a 409.</summary>
public sealed class Endpoint(CheckinCommands checkins) : Endpoint<Request, CheckinResult>
{
    public override void Configure()
    {
        Post("/api/checkin/{code}");
        AuthSchemes(CardAuthentication.SchemeName);
        Roles(Access.Volunteer);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(checkins.Scan(User.VolunteerId(), r.Code, r.DeviceTime), ct);
}
