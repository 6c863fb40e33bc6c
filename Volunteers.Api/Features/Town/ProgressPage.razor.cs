using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Core.Common;
using Volunteers.Core.Documents;
using Volunteers.Core.Selection;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Town;

public partial class ProgressPage
{
    public sealed class Endpoint(ProgressQueries progress, TownQueries town, SelectionSettings links, TimeProvider clock) : EndpointWithoutRequest
    {
        public override void Configure()
        {
            Get("/progress");
            AllowAnonymous();
            Options(x => x.ExcludeFromDescription());
        }

        public override Task HandleAsync(CancellationToken ct)
        {
            var named = Query<long?>("townId", isRequired: false);
            // A district of several towns: the page without a town is the district's, with a bar for each.
            var several = town.List().Count > 1;
            if (named is null && several) return Send.RedirectAsync("/district");
            var settings = town.Get(null, named);
            HttpContext.Response.Headers.CacheControl = "public, max-age=60";
            return Send.ResultAsync(new RazorComponentResult<ProgressPage>(new
            {
                TownName = settings.Name,
                settings.TargetRatio,
                Progress = progress.For(settings.Id, ShanghaiTime.Today(clock).Year),
                // The page is cached publicly, so its QR code never comes from the request's Host header; without a public
                // address there is none, as a code for a loopback or guessed host would open nothing on a phone.
                PublicRegisterUrl = PrintedLinks.IsPublic(links.PublicBaseUrl)
                    ? PrintedLinks.Root(links) + "/register" + (several ? $"?townId={settings.Id}" : "")
                    : null,
            }));
        }
    }
}
