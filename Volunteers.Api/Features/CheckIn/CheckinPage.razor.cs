using FastEndpoints;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Setup;
using Volunteers.Core.CheckIn;
using Volunteers.Core.Common;

namespace Volunteers.Api.Features.CheckIn;

public partial class CheckinPage
{
    private static async Task<long?> CardHolder(HttpContext context) =>
        await context.AuthenticateAsync(CardAuthentication.SchemeName) is { Succeeded: true } signIn ? signIn.Principal.VolunteerId() : null;

    private static IResult Render(CheckinPageView? view, bool hasCard, string? error = null, int? status = null) =>
        new RazorComponentResult<CheckinPage>(new { View = view, HasCard = hasCard, Error = error })
        {
            StatusCode = status ?? (view is null ? StatusCodes.Status404NotFound : hasCard ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized),
        };

    public sealed record Request(string Code);

    /// <summary>What the scan opens: with the card cookie, the activity and one button; without it, how to get one.</summary>
    public sealed class Show(CheckinQueries checkins) : Endpoint<Request>
    {
        public override void Configure()
        {
            Get("/checkin/{code}");
            AllowAnonymous();
            Options(x => x.ExcludeFromDescription());
        }

        public override async Task HandleAsync(Request r, CancellationToken ct)
        {
            var volunteer = await CardHolder(HttpContext);
            await Send.ResultAsync(Render(checkins.Page(r.Code, volunteer), volunteer is not null));
        }
    }

    /// <summary>The button: a plain form post, so a phone without script checks in too; the answer is the page again (303), or the reason.</summary>
    public sealed class Press(CheckinQueries checkins, CheckinCommands commands) : Endpoint<Request>
    {
        public override void Configure()
        {
            Post("/checkin/{code}");
            AllowAnonymous();
            AllowFormData(urlEncoded: true);
            Options(x => x.ExcludeFromDescription());
        }

        public override async Task HandleAsync(Request r, CancellationToken ct)
        {
            var volunteer = await CardHolder(HttpContext);
            if (volunteer is not { } id)
            {
                await Send.ResultAsync(Render(checkins.Page(r.Code, null), hasCard: false));
                return;
            }
            var form = await HttpContext.Request.ReadFormAsync(ct);
            DateTimeOffset? deviceTime = DateTimeOffset.TryParse(form["deviceTime"], System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var phone) ? phone : null;
            try
            {
                commands.Scan(id, r.Code, deviceTime);
            }
            catch (DomainException refused)
            {
                await Send.ResultAsync(Render(checkins.Page(r.Code, id), hasCard: true, refused.Message, ProblemExceptionHandler.StatusOf(refused.Problem)));
                return;
            }
            HttpContext.Response.Headers.Location = CheckinResponses.PagePath + r.Code;
            await Send.StatusCodeAsync(StatusCodes.Status303SeeOther, ct);
        }
    }
}
