using System.Globalization;
using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Reports;

namespace Volunteers.Api.Features.Reports.MonthlyBriefing;

/// <summary><see cref="Month"/> as yyyy-MM, in Asia/Shanghai.</summary>
public sealed record Request(string Month)
{
    public DateOnly? FirstDay => DateOnly.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.FirstDay)
        .Must(d => d is { Year: >= CommonRules.FirstYear and <= CommonRules.LastYear })
        .OverridePropertyName("month")
        .WithMessage(_ => Text.T($"月份须写作“年-月”，如 2026-11，年份在 {CommonRules.FirstYear}–{CommonRules.LastYear} 之间",
            $"The month is written year-month, such as 2026-11, in {CommonRules.FirstYear}–{CommonRules.LastYear}"));
}

public sealed class Endpoint(MonthlyBriefingQueries briefings) : Endpoint<Request, Core.Reports.MonthlyBriefing>
{
    public override void Configure()
    {
        Get("/api/reports/monthly/{month}");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(briefings.For(User.Caller(), r.FirstDay!.Value.Year, r.FirstDay.Value.Month), ct);
}
