using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Selection;

namespace Volunteers.Api.Features.Selection.Get;

public sealed record Request(int Year);

/// <summary>The state, the ranked candidates, nominations, objections and every step so far. A coordinator sees their own point's part.</summary>
public sealed class Endpoint(SelectionQueries selections) : Endpoint<Request, SelectionView>
{
    public override void Configure() => Get("/api/selections/{year}");

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(selections.Get(User.Caller(), r.Year), ct);
}
