using Volunteers.Core.Common;
using Volunteers.Core.Numbering;
using Volunteers.Core.Town;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Registration;

/// <summary>Self-registration: a pending volunteer, counted only once a coordinator of their point approves them.</summary>
public sealed class RegistrationCommands(VolunteerCommands volunteers, TownQueries towns, TimeProvider clock)
{
    public Volunteer Register(RegistrationInput input, Data.IdempotencyKey? key = null, string? client = null)
    {
        try
        {
            return volunteers.Create(null, new NewVolunteer(input, Statuses.Pending, Sources.Self, input.ConsentVersion), key, client);
        }
        catch (DomainException e) when (e.Problem == Problem.Conflict)
        {
            throw Duplicate(e);
        }
    }

    /// <summary>The answer a filled-in honeypot gets: shaped like a real reference, so a bot cannot tell it was dropped.</summary>
    public string DecoyReference(long learningPointId) => (towns.ForPoint(learningPointId) ?? towns.List()[0]).Numbering
        .Format(NumberKind.Volunteer, ShanghaiTime.YearOf(clock.GetUtcNow()), Random.Shared.Next(1, 10_000));

    // The public may not learn whose number it is, nor where that person registered: only that it is taken.
    private static DomainException Duplicate(DomainException conflict)
    {
        var field = conflict.Errors.FirstOrDefault()?.Field ?? "mobile";
        var message = field == "idNumber"
            ? Text.T("这个身份证号码已经登记过志愿者。如有疑问，请联系您所在的学习点。",
                "This ID number is already registered. If you have questions, contact your learning point.")
            : Text.T("这个手机号码已经登记过志愿者。如有疑问，请联系您所在的学习点。",
                "This mobile number is already registered. If you have questions, contact your learning point.");
        return DomainException.Conflict(message, field);
    }
}
