using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Core.Common;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Town;

public partial class DistrictPage
{
    public sealed class Endpoint(ProgressQueries progress, TimeProvider clock) : EndpointWithoutRequest
    {
        public override void Configure()
        {
            Get("/district");
            AllowAnonymous();
            Options(x => x.ExcludeFromDescription());
        }

        public override Task HandleAsync(CancellationToken ct)
        {
            HttpContext.Response.Headers.CacheControl = "public, max-age=60";
            return Send.ResultAsync(new RazorComponentResult<DistrictPage>(new { Progress = progress.District(ShanghaiTime.Today(clock).Year) }));
        }
    }
}
