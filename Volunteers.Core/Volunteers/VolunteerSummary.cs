namespace Volunteers.Core.Volunteers;

/// <summary>A volunteer as lists and exports show them: personal numbers masked.</summary>
public sealed record VolunteerSummary(
    long Id, string VolunteerNo, string Name, string Gender, string Mobile, string? IdNumber, string Category,
    long LearningPointId, string LearningPointName, string Status, string Source, DateTimeOffset CreatedAt)
{
    public static VolunteerSummary From(Volunteer v) => new(
        v.Id, v.VolunteerNo, v.Name, v.Gender, MobileNumber.Mask(v.Mobile), v.IdNumberMasked, v.Category,
        v.LearningPointId, v.LearningPointName, v.Status, v.Source, v.CreatedAt);
}
