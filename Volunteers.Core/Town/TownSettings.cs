using Volunteers.Core.Numbering;

namespace Volunteers.Core.Town;

/// <summary>A town of the district with the settings that are its own: its target, and how its numbers and documents read.</summary>
public sealed record TownSettings(long Id, string Code, string Name, long ResidentPopulation, decimal TargetRatio,
    string VolunteerNoPrefix, string Issuer, string CertificateNumberFormat, string ProofNumberFormat, DateTimeOffset UpdatedAt)
{
    public int Target => Targets.For(ResidentPopulation, TargetRatio);

    public NumberingSettings Numbering => new()
    {
        VolunteerPrefix = VolunteerNoPrefix, CertificateFormat = CertificateNumberFormat, ProofFormat = ProofNumberFormat,
    };
}

/// <summary>What an administrator sets for a town; null keeps (on an update) or takes the default (on a create).</summary>
public sealed record TownInput(string? Code, string Name, long ResidentPopulation, decimal TargetRatio, string? VolunteerNoPrefix = null,
    string? Issuer = null, string? CertificateNumberFormat = null, string? ProofNumberFormat = null);
