using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Volunteers.Api.Features.Me;
using Volunteers.Core.Common;

namespace Volunteers.Api.Setup;

/// <summary>Per-client limits on the public writes; a refusal is a 429 problem with Retry-After, worded for the person on the form.</summary>
public static class RateLimits
{
    public const string Registration = "registration";
    public const string CardLink = "card-link";

    public static IServiceCollection AddVolunteersRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Volunteers").Get<VolunteersOptions>() ?? new VolunteersOptions();
        return services.AddRateLimiter(limiter =>
        {
            // Behind a reverse proxy every client shares the proxy's address unless forwarded headers are configured.
            limiter.AddPolicy(Registration, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RegistrationRateLimit,
                    Window = options.RegistrationRateWindow,
                    QueueLimit = 0,
                }));
            // Card keys are far too long to guess, but a client trying keys one after another is still slowed down.
            limiter.AddPolicy(CardLink, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.CardLinkRateLimit,
                    Window = options.CardLinkRateWindow,
                    QueueLimit = 0,
                }));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) => new ValueTask(Refuse(rejected.HttpContext, rejected.Lease));
        });
    }

    private static Task Refuse(HttpContext context, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        // A card link is opened in a browser, and its path holds the key, which a problem body would repeat as its instance.
        if (context.Request.Path.StartsWithSegments(CardResponses.LinkPath.TrimEnd('/'), StringComparison.Ordinal))
            return CardLinkPage.TooManyAttempts(minutes).ExecuteAsync(context);
        return Problems.Write(context, StatusCodes.Status429TooManyRequests, Text.T(
            $"提交次数太多了，请 {minutes} 分钟后再试。如需帮助，请联系您所在的学习点。",
            $"Too many submissions; try again in {minutes} minute(s). For help, contact your learning point."));
    }
}
