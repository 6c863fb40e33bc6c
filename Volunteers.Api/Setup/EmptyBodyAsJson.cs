namespace Volunteers.Api.Setup;

/// <summary>
/// A command such as POST /api/volunteers/1/approve is often sent with no body and no content type; it is read as the
/// empty JSON object it means, instead of being refused as an unsupported media type.
/// </summary>
public sealed class EmptyBodyAsJson(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
        {
            if (string.IsNullOrEmpty(request.ContentType) && request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
            {
                request.ContentType = "application/json";
                request.Body = new MemoryStream("{}"u8.ToArray());
                request.ContentLength = 2;
            }
        }
        return next(context);
    }
}
