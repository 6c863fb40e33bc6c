using Volunteers.Api.Setup;
using FastEndpoints;
using Volunteers.Api.Features.Towns;
using Volunteers.Core.Town;
using TownResponse = Volunteers.Api.Features.Town.Get.Response;

namespace Volunteers.Api.Features.Town.Update;

public sealed class Request : TownRequest;

public sealed class Validator : Validator<Request>
{
    public Validator() => Include(new TownRules());
}

/// <summary>The caller's own town (a district administrator's named or only one).</summary>
public sealed class Endpoint(TownCommands town) : Endpoint<Request, TownResponse>
{
    public override void Configure()
    {
        Put("/api/town");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(Request r, CancellationToken ct) =>
        Send.OkAsync(TownResponse.From(town.Update(User.Caller(), null, r.ToInput())), ct);
}
