namespace Volunteers.Core.Documents;

/// <summary>One approved service in a proof; a reversal carries negative hours.</summary>
public sealed record ServiceLine(DateOnly Date, string Activity, decimal Hours, string LearningPoint);

/// <summary>
/// 志愿服务记录证明. The ID number arrives already masked (110105********002X): a document never
/// holds a whole one. Without one the proof names the volunteer by their number alone.
/// </summary>
public sealed record ServiceRecordProofData(
    string Name,
    string? MaskedIdNumber,
    string VolunteerNo,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ServiceLine> Services,
    string TownName,
    string Issuer,
    string ProofNo,
    DateOnly IssuedOn,
    string VerifyUrl)
{
    public decimal TotalHours => Services.Sum(s => s.Hours);
}
