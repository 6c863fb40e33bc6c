namespace Volunteers.Core.Volunteers;

/// <summary>The normalised, protected form of a <see cref="VolunteerInput"/>, ready to store.</summary>
public sealed record VolunteerRecord(
    string Name, string Gender, string Mobile, string? IdNumberCipher, string? IdNumberHash, string? IdNumberMasked,
    DateOnly? BirthDate, string Category, string? Workplace, List<string> Skills, long LearningPointId, string? GuardianName, string? GuardianMobile)
{
    public static VolunteerRecord From(VolunteerInput input, PersonalDataProtector protector)
    {
        var id = string.IsNullOrWhiteSpace(input.IdNumber) ? null : ResidentId.Normalize(input.IdNumber);
        return new VolunteerRecord(
            PersonName.Normalize(input.Name),
            input.Gender,
            MobileNumber.Normalize(input.Mobile)!,
            id is null ? null : protector.Encrypt(id),
            id is null ? null : protector.LookupHash(id),
            id is null ? null : ResidentId.Mask(id),
            id is null ? input.BirthDate : ResidentId.BirthDate(id),
            input.Category,
            Blank(input.Workplace),
            (input.Skills ?? []).Where(s => s is not null).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList(),
            input.LearningPointId,
            string.IsNullOrWhiteSpace(input.GuardianName) ? null : PersonName.Normalize(input.GuardianName),
            MobileNumber.Normalize(input.GuardianMobile));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
