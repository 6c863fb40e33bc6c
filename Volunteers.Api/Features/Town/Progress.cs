using Volunteers.Api.Setup;
using FastEndpoints;
using FluentValidation;
using Volunteers.Core.Common;
using Volunteers.Core.Town;

namespace Volunteers.Api.Features.Town.Progress;

public sealed class Request
{
    public int? Year { get; set; }
    /// <summary>The town; may be left out while the district has one town.</summary>
    public long? TownId { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Year).IsProgrammeYear();
}

/// <summary>Public: aggregates only, for the town's WeChat account and posters.</summary>
public sealed class Endpoint(ProgressQueries progress, TownQueries towns, TimeProvider clock) : Endpoint<Request, Core.Town.Progress>
{
    public override void Configure()
    {
        Get("/api/progress");
        AllowAnonymous();
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(progress.For(towns.Resolve(null, r.TownId), r.Year ?? ShanghaiTime.Today(clock).Year), ct);
}
