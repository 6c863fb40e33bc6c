using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Signups;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Signups.Calendar;

/// <summary>The card holder's confirmed activities as an .ics file for the phone's calendar, each with a reminder a day before.</summary>
public sealed class Endpoint(SignupQueries signups) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/api/me/calendar.ics");
        AuthSchemes(CardAuthentication.SchemeName);
        Roles(Access.Volunteer);
        Description(x => x.File("text/calendar"));
    }

    public override Task HandleAsync(CancellationToken ct) =>
        Send.BytesAsync(System.Text.Encoding.UTF8.GetBytes(signups.Calendar(User.VolunteerId())), "volunteer-activities.ics", "text/calendar; charset=utf-8",
            cancellation: ct);
}
