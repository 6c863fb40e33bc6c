using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Volunteers.Api.Features.Registration;

public partial class RegisterPage
{
    public sealed class Endpoint : EndpointWithoutRequest
    {
        // The form holds nothing but markup compiled into this build, so the build's identity is a faithful validator;
        // weak, because the body differs by compression.
        private static readonly string ETag = $"W/\"{typeof(RegisterPage).Assembly.ManifestModule.ModuleVersionId:N}\"";

        public override void Configure()
        {
            Get("/register");
            AllowAnonymous();
            Options(x => x.ExcludeFromDescription());
        }

        public override async Task HandleAsync(CancellationToken ct)
        {
            HttpContext.Response.Headers.CacheControl = "no-cache";
            HttpContext.Response.Headers.ETag = ETag;
            if (HttpContext.Request.Headers.IfNoneMatch == ETag) await Send.StatusCodeAsync(304, ct);
            else await Send.ResultAsync(new RazorComponentResult<RegisterPage>());
        }
    }
}
