using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Setup;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Activities;

public partial class OpenPage
{
    public sealed class Endpoint(ActivityQueries activities, TownQueries town) : EndpointWithoutRequest
    {
        public override void Configure()
        {
            Get("/activities");
            AllowAnonymous();
            Options(x => x.ExcludeFromDescription());
        }

        public override Task HandleAsync(CancellationToken ct)
        {
            var townId = Query<long?>("townId", isRequired: false);
            return Send.ResultAsync(new RazorComponentResult<OpenPage>(new
            {
                TownName = town.Get(null, townId).Name,
                Activities = activities.Open(townId, null, new Paging(1, Paging.MaxPageSize)).Items,
                HasCard = HttpContext.Request.Cookies.ContainsKey(CardAuthentication.CookieName),
            }));
        }
    }
}
