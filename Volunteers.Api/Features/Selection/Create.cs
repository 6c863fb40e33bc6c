using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Selection;
using Volunteers.Core.ServiceRecords;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Selection.Create;

public sealed record Request(int Year, decimal MinHours, int Quota, int? PointQuota);

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        RuleFor(x => x.Year).IsProgrammeYear();
        RuleFor(x => x.MinHours).Must(h => h >= 0 && h <= 10_000 && Hours.IsWholeHalfHours(h))
            .WithMessage(_ => Text.T("最低服务时长须为 0 到 10000 之间 0.5 的整数倍", "The minimum hours are a multiple of 0.5 from 0 to 10000"));
        RuleFor(x => x.Quota).InclusiveBetween(1, 1000).WithMessage(_ => Text.T("总名额须在 1–1000 之间", "The quota is 1–1000"));
        RuleFor(x => x.PointQuota).InclusiveBetween(1, 1000).When(x => x.PointQuota is not null)
            .WithMessage(_ => Text.T("每个学习点的名额须在 1–1000 之间", "The per-point quota is 1–1000"));
    }
}

public sealed class Endpoint(SelectionCommands selections) : Endpoint<Request, SelectionView>
{
    public override void Configure()
    {
        Post("/api/selections");
        Roles(Access.TownAdmin);
        Description(x => x.Created(location: true));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var selection = selections.Create(User.Caller(), new SelectionParameters(r.Year, r.MinHours, r.Quota, r.PointQuota));
        HttpContext.Response.Headers.Location = $"/api/selections/{r.Year}";
        await Send.ResponseAsync(selection, 201, ct);
    }
}
