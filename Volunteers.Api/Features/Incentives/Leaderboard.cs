using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Incentives;

namespace Volunteers.Api.Features.Incentives.Leaderboard;

public sealed class Request
{
    public int? Year { get; set; }
    public long? LearningPointId { get; set; }
    public int Top { get; set; } = 20;
}

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Year).IsProgrammeYear();
        RuleFor(x => x.Top).InclusiveBetween(1, 200).WithMessage(_ => Text.T("top 须在 1–200 之间", "top is 1–200"));
    }
}

public sealed record Response(int Year, IReadOnlyList<Ranked> Items);

public sealed class Endpoint(IncentiveQueries incentives, TimeProvider clock) : Endpoint<Request, Response>
{
    public override void Configure() => Get("/api/leaderboard");

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var year = r.Year ?? ShanghaiTime.Today(clock).Year;
        return Send.OkAsync(new Response(year, incentives.Leaderboard(User.Caller(), year, r.LearningPointId, r.Top)), ct);
    }
}
