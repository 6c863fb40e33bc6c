using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Incentives;
using Volunteers.Core.Volunteers;
using Volunteers.Api.Setup.OpenApi;

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
        RuleFor(x => x.Item).IsText("兑换物品", "item", 60);
    }
}

public sealed class Endpoint(RedemptionCommands incentives, VolunteerQueries volunteers) : Endpoint<Request, Redemption>
{
    public override void Configure()
    {
        Post("/api/volunteers/{id}/redemptions");
        Roles(Access.Staff);
        Description(x => x.Created());
    }

    public override void OnBeforeValidate(Request r) => volunteers.Get(User.Caller(), r.Id);

    public override async Task HandleAsync(Request r, CancellationToken ct) =>
        await Send.ResponseAsync(incentives.Redeem(User.Caller(), r.Id, r.Points, r.Item.Trim(), IdempotencyHeader.From(HttpContext, r)), 201, ct);
}
