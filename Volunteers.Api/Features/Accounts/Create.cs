using Volunteers.Api.Setup;
using FastEndpoints;
using FluentValidation;
using Volunteers.Core.Accounts;
using Volunteers.Core.Common;
using Volunteers.Core.Volunteers;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Accounts.Create;

/// <param name="TownId">A town administrator's town (a district administrator's choice once the district has two towns).</param>
public sealed record Request(string Name, string? Mobile, string Role, long? LearningPointId, long? TownId = null);

public sealed record Response(long Id, string Name, string? Mobile, string Role, long? TownId, long? LearningPointId, DateTimeOffset CreatedAt, string Token);

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Name).Must(VolunteerRules.BeAName)
            .WithMessage(_ => Text.T("姓名须为 1–30 个汉字、字母或间隔号", "The name has 1–30 Chinese characters, letters or middle dots"));
        RuleFor(x => x.Mobile).Must(m => MobileNumber.Normalize(m) is not null).When(x => !string.IsNullOrWhiteSpace(x.Mobile))
            .WithMessage(_ => Text.T("请填写有效的中国大陆手机号码", "Enter a valid mainland China mobile number"));
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r))
            .WithMessage(_ => Text.T("角色须为 district-admin、town-admin 或 point-coordinator", "Role must be district-admin, town-admin or point-coordinator"));
        RuleFor(x => x.LearningPointId).NotNull().When(x => x.Role == Roles.PointCoordinator)
            .WithMessage(_ => Text.T("学习点联络员须指定学习点", "A point coordinator needs a learning point"));
        RuleFor(x => x.LearningPointId).Null().When(x => x.Role is Roles.TownAdmin or Roles.DistrictAdmin)
            .WithMessage(_ => Text.T("管理员不属于某个学习点", "An administrator does not belong to a learning point"));
        RuleFor(x => x.TownId).Null().When(x => x.Role == Roles.DistrictAdmin)
            .WithMessage(_ => Text.T("区管理员不属于某个镇（街道）", "A district administrator does not belong to a town"));
    }
}

public sealed class Endpoint(AccountCommands accounts) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/accounts");
        Roles(Access.TownAdmin);
        Description(x => x.Created());
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var (a, token) = accounts.Create(User.Caller(), new AccountInput(PersonName.Normalize(r.Name), MobileNumber.Normalize(r.Mobile), r.Role, r.LearningPointId, r.TownId));
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.ResponseAsync(new Response(a.Id, a.Name, a.Mobile, a.Role, a.TownId, a.LearningPointId, a.CreatedAt, token), 201, ct);
    }
}
