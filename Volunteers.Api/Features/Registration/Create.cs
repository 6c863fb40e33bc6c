using FastEndpoints;
using Volunteers.Api.Features.Me;
using Volunteers.Api.Setup;
using Volunteers.Core.Me;
using Volunteers.Core.Registration;
using Volunteers.Core.Volunteers;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Registration.Create;

public sealed class Request : RegistrationInput
{
    /// <summary>The honeypot: hidden from people on the form (and from the API documentation), filled in by bots.</summary>
    [HideFromDocs]
    public string? Website { get; set; }
}

public sealed class Validator : Validator<Request>
{
    public Validator(RegistrationRules rules) => Include(rules);
}

/// <summary>The reference to quote, and the registrant's personal card link, shown only in this answer.</summary>
public sealed record Response(string Reference, string Status, string CardUrl);

public sealed class Endpoint(RegistrationCommands registrations, CardCommands cards, CardResponses links) : Endpoint<Request, Response>
{
    public const long MaxBodyBytes = 16 * 1024;

    public override void Configure()
    {
        Post("/api/registrations");
        AllowAnonymous();
        DontThrowIfValidationFails();
        Options(x => x.RequireRateLimiting(RateLimits.Registration).WithMetadata(new BodyLimit(MaxBodyBytes)));
        Description(x => x.Created());
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        // Checked before validation, so a bot learns nothing from the answer, not even which fields it got wrong.
        if (!string.IsNullOrEmpty(r.Website))
        {
            await Send.ResponseAsync(new Response(registrations.DecoyReference(r.LearningPointId), Statuses.Pending, links.CardUrl(CardKeys.New(), HttpContext)), 201, ct);
            return;
        }
        ThrowIfAnyErrors();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        var volunteer = registrations.Register(r, IdempotencyHeader.From(HttpContext, r), client);
        // Only the key's hash is kept, so a retried registration cannot repeat the first answer's key: it gets a new card instead.
        var key = cards.IssueAtRegistration(volunteer.Id, client);
        await Send.ResponseAsync(new Response(volunteer.VolunteerNo, volunteer.Status, links.CardUrl(key, HttpContext)), 201, ct);
    }
}
