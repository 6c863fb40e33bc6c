using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Registration;
using Volunteers.Core.Volunteers;

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

public sealed record Response(string Reference, string Status);

public sealed class Endpoint(RegistrationCommands registrations) : Endpoint<Request, Response>
{
    public const long MaxBodyBytes = 16 * 1024;

    public override void Configure()
    {
        Post("/api/registrations");
        AllowAnonymous();
        DontThrowIfValidationFails();
        Options(x => x.RequireRateLimiting(RateLimits.Registration).WithMetadata(new BodyLimit(MaxBodyBytes)));
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        // Checked before validation, so a bot learns nothing from the answer, not even which fields it got wrong.
        if (!string.IsNullOrEmpty(r.Website))
        {
            await Send.ResponseAsync(new Response(registrations.DecoyReference(), Statuses.Pending), 201, ct);
            return;
        }
        ThrowIfAnyErrors();
        var volunteer = registrations.Register(r, IdempotencyHeader.From(HttpContext, r), HttpContext.Connection.RemoteIpAddress?.ToString());
        await Send.ResponseAsync(new Response(volunteer.VolunteerNo, volunteer.Status), 201, ct);
    }
}
