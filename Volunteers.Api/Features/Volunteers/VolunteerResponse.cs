using System.Text.Json;
using Volunteers.Core.Incentives;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers;

/// <summary>One volunteer, for someone allowed to see them: the whole mobile, the ID number still masked.</summary>
public sealed record VolunteerResponse(
    long Id, string VolunteerNo, string Name, string Gender, string? Mobile, string? IdNumber, DateOnly? BirthDate, string Category,
    string? Workplace, IReadOnlyList<string> Skills, long LearningPointId, string LearningPointName, string Status, string Source,
    string? ConsentVersion, string? GuardianName, string? GuardianMobile, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    decimal ApprovedHours, decimal YearHours, int StarLevel, IReadOnlyList<StarReached> Stars, int Points)
{
    public static VolunteerResponse From(Volunteer v, VolunteerIncentives i) => new(
        v.Id, v.VolunteerNo, v.Name, v.Gender, v.Mobile, v.IdNumberMasked, v.BirthDate, v.Category, v.Workplace,
        JsonSerializer.Deserialize<List<string>>(v.Skills) ?? [], v.LearningPointId, v.LearningPointName, v.Status, v.Source,
        v.ConsentVersion, v.GuardianName, v.GuardianMobile, v.CreatedAt, v.UpdatedAt,
        i.ApprovedHours, i.YearHours, i.StarLevel, i.Stars, i.Points);
}
