using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Incentives;

namespace Volunteers.Api.Features.Incentives.Redeem;

public sealed class Request
{
    public long Id { get; set; }
    public int Points { get; set; }
    public string Item { get; set; } = "";
}

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Points).InclusiveBetween(1, 1_000_000).WithMessage(_ => Text.T("兑换积分须为正整数", "Points must be a positive whole number"));
        RuleFor(x => x.Item).Must(i => !string.IsNullOrWhiteSpace(i) && i.Trim().Length <= 60)
            .WithMessage(_ => Text.T("兑换物品须为 1–60 个字", "The item has 1–60 characters"));
    }
}

public sealed class Endpoint(IncentiveData incentives) : Endpoint<Request, Redemption>
{
    public override void Configure()
    {
        Post("/api/volunteers/{id}/redemptions");
        Roles(Core.Common.Roles.TownAdmin, Core.Common.Roles.PointCoordinator);
    }

    public override async Task HandleAsync(Request r, CancellationToken ct) =>
        await Send.ResponseAsync(incentives.Redeem(User.Caller(), r.Id, r.Points, r.Item.Trim(), IdempotencyHeader.From(HttpContext, r)), 201, ct);
}
