using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Core.Common;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Town;

public partial class ProgressPage
{
    public sealed class Endpoint(ProgressQueries progress, TownQueries town, TimeProvider clock) : EndpointWithoutRequest
    {
        public override void Configure()
        {
            Get("/progress");
            AllowAnonymous();
            Options(x => x.ExcludeFromDescription());
        }

        public override Task HandleAsync(CancellationToken ct)
        {
            var settings = town.Get();
            HttpContext.Response.Headers.CacheControl = "public, max-age=60";
            return Send.ResultAsync(new RazorComponentResult<ProgressPage>(new
            {
                TownName = settings.Name,
                settings.TargetRatio,
                Progress = progress.For(ShanghaiTime.Today(clock).Year),
            }));
        }
    }
}
