using Volunteers.Api.Setup;
using FastEndpoints;
using FluentValidation;
using Volunteers.Core.Common;
using Volunteers.Core.Town;
using TownResponse = Volunteers.Api.Features.Town.Get.Response;

namespace Volunteers.Api.Features.Town.Update;

public sealed record Request(string Name, long ResidentPopulation, decimal TargetRatio);

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Name).IsText("镇名称", "town name", 30);
        RuleFor(x => x.ResidentPopulation).InclusiveBetween(0, 10_000_000)
            .WithMessage(_ => Text.T("常住人口须在 0 到 10,000,000 之间", "Resident population must be between 0 and 10,000,000"));
        RuleFor(x => x.TargetRatio).Must(r => r > 0 && r <= 1)
            .WithMessage(_ => Text.T("目标比例须大于 0 且不超过 1（如 0.01 表示 1%）", "The target ratio must be above 0 and at most 1 (0.01 is 1%)"));
    }
}

public sealed class Endpoint(TownCommands town) : Endpoint<Request, TownResponse>
{
    public override void Configure()
    {
        Put("/api/town");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(TownResponse.From(town.Update(User.Caller(), r.Name.Trim(), r.ResidentPopulation, r.TargetRatio)), ct);
}
