using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.ServiceRecords;

namespace Volunteers.Api.Features.ServiceRecords.Get;

public sealed record Request(long Id);

public sealed class Endpoint(ServiceRecordQueries records) : Endpoint<Request, ServiceRecordResponse>
{
    public override void Configure() => Get("/api/service-records/{id}");

    public override Task HandleAsync(Request r, CancellationToken ct) => Send.OkAsync(ServiceRecordResponse.From(records.Get(User.Caller(), r.Id)), ct);
}
