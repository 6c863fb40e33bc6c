using FastEndpoints;
using Volunteers.Api.Features.Documents;
using Volunteers.Api.Features.Me;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Documents;
using Volunteers.Core.Me;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Volunteers.IssueCard;

public sealed record Request(long Id);

/// <summary>A new personal card (the old one stops working): its link as JSON, or with Accept: application/pdf the card to print.</summary>
public sealed class Endpoint(CardCommands cards, CardResponses links, TownQueries towns, TimeProvider clock) : Endpoint<Request, CardResponse>
{
    public override void Configure()
    {
        Post("/api/volunteers/{id}/card");
        Roles(Access.Staff);
        Description(x => x.ClearDefaultProduces(200).Produces<CardResponse>(201, "application/json", Setup.OpenApi.Declare.Pdf));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var pdf = HttpContext.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/pdf", StringComparison.OrdinalIgnoreCase));
        if (!pdf)
        {
            var url = cards.Issue(User.Caller(), r.Id, card => links.CardUrl(card.Key, HttpContext));
            await Send.ResponseAsync(new CardResponse(url), 201, ct);
            return;
        }
        var printed = links.PrintedCardUrls();
        var bytes = cards.Issue(User.Caller(), r.Id, card =>
        {
            var town = towns.OfVolunteer(r.Id);
            return Pdf.Render(s => VolunteerCard.Write(new VolunteerCardData(card.Name, card.VolunteerNo, card.LearningPointName, town.Name, town.Issuer,
                ShanghaiTime.Today(clock), printed(card.Key)), s));
        });
        HttpContext.Response.StatusCode = 201;
        HttpContext.Response.ContentType = "application/pdf";
        HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"card-{r.Id}.pdf\"";
        await HttpContext.Response.Body.WriteAsync(bytes, ct);
    }
}
