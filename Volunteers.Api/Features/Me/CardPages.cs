using System.Net;

namespace Volunteers.Api.Features.Me;

/// <summary>What a person who opened a card link that does not work reads: what happened and what to do.</summary>
public static class CardPages
{
    public static Task NotFound(HttpContext context) => Write(context, StatusCodes.Status404NotFound, "志愿者证无效",
        "这张志愿者证的链接无法使用：它可能已经作废（补发新证后旧证即失效），或者链接不完整。",
        "请联系您所在学习点的联络员，申请补发新的志愿者证。");

    public static Task TooManyAttempts(HttpContext context, int minutes) => Write(context, StatusCodes.Status429TooManyRequests, "请稍后再试",
        "打开志愿者证的次数太多了。", $"请 {minutes} 分钟后再扫码。如需帮助，请联系您所在学习点的联络员。");

    private static Task Write(HttpContext context, int status, string title, string what, string next)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title></head><body><main><h1>{WebUtility.HtmlEncode(title)}</h1>
            <p>{WebUtility.HtmlEncode(what)}</p><p>{WebUtility.HtmlEncode(next)}</p></main></body></html>
            """);
    }
}
