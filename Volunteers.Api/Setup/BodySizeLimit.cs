using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Volunteers.Core.Common;

namespace Volunteers.Api.Setup;

/// <summary>An endpoint's request-size limit, declared as metadata.</summary>
public sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

/// <summary>
/// Holds an endpoint's <see cref="IRequestSizeLimitMetadata"/>: a declared Content-Length over it is refused here, before reading,
/// whatever the server; a body without one (chunked) is cut off by the server's per-request limit while it is read.
/// </summary>
public sealed class BodySizeLimit(RequestDelegate next)
{
    /// <summary>For endpoints that declare nothing: a sign-in sheet of 1,000 entries is about 40 KB.</summary>
    public const long DefaultLimit = 256 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = declared is null ? DefaultLimit : declared.MaxRequestBodySize;
        if (limit is not { } max) return next(context);
        if (context.Request.ContentLength > max)
            return Problems.Write(context, StatusCodes.Status413PayloadTooLarge, Text.T("请求内容超过允许的大小", "The request body is larger than allowed"));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server) server.MaxRequestBodySize = max;
        return next(context);
    }
}
