using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Api.Setup;

/// <summary>Rules broken in Core become 400/404/409 problems; anything unexpected a bare 500 with no internals.</summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        switch (exception)
        {
            case DomainException e:
                await Problems.Write(context, StatusOf(e.Problem), e.Message,
                    e.Errors.Select(x => new ProblemError(x.Field, x.Message)).ToList());
                return true;
            case BadHttpRequestException e:
                await Problems.Write(context, e.StatusCode, e.StatusCode == 413
                    ? Text.T("请求内容超过允许的大小", "The request body is larger than allowed")
                    : Text.T("请求无法读取", "The request could not be read"));
                return true;
            case System.Data.Common.DbException e when Dialect.IsStorageFault(e):
                log.LogError(exception, "Storage fault on {Method} {Path}", context.Request.Method, context.Request.Path);
                context.Response.Headers.RetryAfter = "30";
                await Problems.Write(context, 503, Text.T("数据存储暂时不可用（磁盘已满、只读、被占用或数据库服务器无法连接），本次提交未保存，请稍后重试",
                    "Storage is unavailable (disk full, read-only, busy or the database server unreachable); nothing was saved, try again later"));
                return true;
            case OperationCanceledException when context.RequestAborted.IsCancellationRequested:
                return true;
            default:
                log.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
                await Problems.Write(context, 500, Text.T("服务器处理请求时出错，请稍后再试", "The server failed to handle the request; try again later"));
                return true;
        }
    }

    public static int StatusOf(Problem problem) => problem switch
    {
        Problem.Invalid => 400,
        Problem.NotFound => 404,
        Problem.Conflict => 409,
        Problem.Forbidden => 403,
        Problem.TooLarge => 413,
        _ => 503,
    };
}
