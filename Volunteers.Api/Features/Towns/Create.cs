using Volunteers.Api.Setup;
using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup.OpenApi;
using Volunteers.Core.Common;
using Volunteers.Core.Town;
using TownResponse = Volunteers.Api.Features.Town.Get.Response;

namespace Volunteers.Api.Features.Towns.Create;

public sealed class Request : TownRequest;

public sealed class Validator : Validator<Request>
{
    public Validator()
    {
        Include(new TownRules());
        RuleFor(x => x.Code).NotNull().WithMessage(_ => Text.T("请填写镇（街道）编码", "Enter the town's code"));
    }
}

public sealed class Endpoint(TownCommands towns) : Endpoint<Request, TownResponse>
{
    public override void Configure()
    {
        Post("/api/towns");
        Roles(Access.DistrictAdmin);
        Description(x => x.Created(location: true));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var town = towns.Create(User.Caller(), r.ToInput());
        HttpContext.Response.Headers.Location = $"/api/towns/{town.Id}";
        await Send.ResponseAsync(TownResponse.From(town), 201, ct);
    }
}
