using FluentValidation;
using Volunteers.Core.Common;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Registration;

/// <summary>What a person sends from the public form: the volunteer's details plus their agreement to the privacy notice.</summary>
public class RegistrationInput : VolunteerInput
{
    public bool Consent { get; set; }
    public string? ConsentVersion { get; set; }
}

/// <summary>Every rule of a coordinator-entered volunteer, and a consent to the notice as it reads now.</summary>
public sealed class RegistrationRules : AbstractValidator<RegistrationInput>
{
    public RegistrationRules(VolunteerRules volunteer)
    {
        Include(volunteer);
        RuleFor(x => x.Consent).Equal(true)
            .WithMessage(_ => Text.T("请阅读个人信息说明，并勾选同意", "Read the privacy notice and tick that you agree"));
        RuleFor(x => x.ConsentVersion).Equal(Consent.Version)
            .WithMessage(_ => Text.T("个人信息说明已更新，请重新阅读后再提交", "The privacy notice has changed; read it again before sending"));
    }
}
