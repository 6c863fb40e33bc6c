using FastEndpoints;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Me;

namespace Volunteers.Api.Features.Me;

public partial class MePage
{
    public const int LedgerLines = 10;

    /// <summary>Signs in with the card itself, so a browser without one gets a page saying how, not a JSON problem.</summary>
    public sealed class Endpoint(MeQueries me, MeResponses responses, CardResponses links, Core.Town.TownQueries towns) : EndpointWithoutRequest
    {
        public override void Configure()
        {
            Get("/me");
            AllowAnonymous();
            Options(x => x.ExcludeFromDescription());
        }

        public override async Task HandleAsync(CancellationToken ct)
        {
            var signIn = await HttpContext.AuthenticateAsync(CardAuthentication.SchemeName);
            if (!signIn.Succeeded)
            {
                await Send.ResultAsync(CardLinkPage.SignInFirst());
                return;
            }
            var volunteer = signIn.Principal.VolunteerId();
            await Send.ResultAsync(new RazorComponentResult<MePage>(new
            {
                Me = responses.Of(me.Overview(volunteer), HttpContext),
                Ledger = me.Points(volunteer, new Paging(1, LedgerLines)),
                CardUrl = links.CardUrl(CardAuthentication.KeyOf(HttpContext.Request)!, HttpContext),
                TownName = towns.OfVolunteer(volunteer).Name,
            }));
        }
    }
}
