using Microsoft.Extensions.Logging;

namespace Volunteers.Api.Setup;

/// <summary>
/// The card link /c/{key} carries its secret in the request path, and ASP.NET Core writes request paths to the log before any
/// middleware could redact them (hosting at Information, routing's matcher at Debug). Its categories are therefore held at
/// Warning whatever the configuration says — which is where the shipped appsettings.json puts them anyway — for every
/// provider, since a provider's own rule would otherwise win over a general one.
/// </summary>
public static class CardKeyFreeLogs
{
    private const string AspNetCore = "Microsoft.AspNetCore";

    public static IServiceCollection KeepRequestPathsOutOfLogs(this IServiceCollection services) =>
        services.PostConfigure<LoggerFilterOptions>(options =>
        {
            var providers = options.Rules.Select(r => r.ProviderName).Append(null).Distinct().ToList();
            foreach (var loud in options.Rules.Where(r => r.CategoryName?.StartsWith(AspNetCore, StringComparison.OrdinalIgnoreCase) == true
                                                          && (r.LogLevel ?? LogLevel.Trace) < LogLevel.Warning).ToList())
                options.Rules.Remove(loud);
            foreach (var provider in providers) options.Rules.Add(new LoggerFilterRule(provider, AspNetCore, LogLevel.Warning, null));
        });
}
