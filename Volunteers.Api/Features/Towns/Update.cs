using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Core.Town;
using TownResponse = Volunteers.Api.Features.Town.Get.Response;

namespace Volunteers.Api.Features.Towns.Update;

public sealed class Request : TownRequest
{
    public long Id { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator() => Include(new TownRules());
}

public sealed class Endpoint(TownCommands towns) : Endpoint<Request, TownResponse>
{
    public override void Configure()
    {
        Put("/api/towns/{id}");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(TownResponse.From(towns.Update(User.Caller(), r.Id, r.ToInput())), ct);
}
