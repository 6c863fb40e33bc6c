using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Documents;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Documents.RecognitionListPdf;

public sealed record Request(int Year);

public sealed class Endpoint(DocumentQueries documents) : Endpoint<Request>
{
    public override void Configure()
    {
        Get("/api/selections/{year}/recognition-list.pdf");
        Roles(Access.TownAdmin);
        Description(x => x.File(Declare.Pdf));
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var bytes = Pdf.Render(s => RecognitionList.Write(documents.RecognitionList(User.Caller(), r.Year), s));
        return Send.BytesAsync(bytes, $"recognition-list-{r.Year}.pdf", "application/pdf", cancellation: ct);
    }
}
