using FastEndpoints;

namespace Volunteers.Api.Setup.OpenApi;

/// <summary>An endpoint that answers 201 with its response DTO (and, when <see cref="Location"/>, the new resource's address); <see cref="AlsoOk"/> when it may answer 200 too.</summary>
public sealed record AnswersCreated(bool Location, bool AlsoOk);

/// <summary>What an endpoint answers on success, where FastEndpoints cannot infer it (it assumes 200 with the response DTO, or 204).</summary>
public static class Declare
{
    public static RouteHandlerBuilder Created(this RouteHandlerBuilder b, bool location = false, bool alsoOk = false) =>
        b.WithMetadata(new AnswersCreated(location, alsoOk));

    /// <summary>A file, declared as binary: a generated client hands over its bytes instead of parsing them.</summary>
    public static RouteHandlerBuilder File(this RouteHandlerBuilder b, string contentType, params string[] more) =>
        b.ClearDefaultProduces(200, 204).Produces(200, typeof(Stream), contentType, more);

    public const string Pdf = "application/pdf", Html = "text/html", Csv = "text/csv", Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A problem status that the shared rules in <see cref="OperationRules"/> cannot tell from the route and its body.</summary>
    public static RouteHandlerBuilder Problem(this RouteHandlerBuilder b, params int[] statuses)
    {
        foreach (var status in statuses) b.Produces<ProblemBody>(status, Problems.MediaType);
        return b;
    }
}
