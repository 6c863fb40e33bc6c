using System.Text.Json;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers;

/// <summary>One volunteer, for someone allowed to see them: the whole mobile, the ID number still masked.</summary>
public sealed record VolunteerResponse(
    long Id, string VolunteerNo, string Name, string Gender, string? Mobile, string? IdNumber, DateOnly? BirthDate, string Category,
    string? Workplace, IReadOnlyList<string> Skills, long LearningPointId, string LearningPointName, string Status, string Source,
    string? ConsentVersion, string? GuardianName, string? GuardianMobile, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static VolunteerResponse From(Volunteer v) => new(
        v.Id, v.VolunteerNo, v.Name, v.Gender, v.Mobile, v.IdNumberMasked, v.BirthDate, v.Category, v.Workplace,
        JsonSerializer.Deserialize<List<string>>(v.Skills) ?? [], v.LearningPointId, v.LearningPointName, v.Status, v.Source,
        v.ConsentVersion, v.GuardianName, v.GuardianMobile, v.CreatedAt, v.UpdatedAt);
}
