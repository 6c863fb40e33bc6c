using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Core.Selection;

namespace Volunteers.Api.Features.Selection;

public partial class VerifyPage
{
    public sealed class Endpoint(AwardQueries awards) : Endpoint<Verify.Request>
    {
        public override void Configure()
        {
            Get("/verify/{code}");
            AllowAnonymous();
            Options(x => x.ExcludeFromDescription());
        }

        public override Task HandleAsync(Verify.Request r, CancellationToken ct)
        {
            var found = r.Code.Length > 64 ? null : awards.Verify(r.Code.Trim().ToUpperInvariant());
            return Send.ResultAsync(new RazorComponentResult<VerifyPage>(new { Found = found }) { StatusCode = found is null ? 404 : 200 });
        }
    }
}
