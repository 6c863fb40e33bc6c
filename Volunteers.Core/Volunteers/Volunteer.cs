using System.Text.Json.Serialization;
using Volunteers.Core.Common;

namespace Volunteers.Core.Volunteers;

public static class Categories
{
    public static readonly string[] All = [.. Labels.Categories.Keys];
}

public static class Genders
{
    public static readonly string[] All = [.. Labels.Genders.Keys];
}

public static class Statuses
{
    public const string Pending = "pending", Active = "active", Suspended = "suspended", Withdrawn = "withdrawn";
    public static readonly string[] All = [Pending, Active, Suspended, Withdrawn];
}

public static class Sources
{
    public const string Self = "self", Coordinator = "coordinator", Import = "import";
}

/// <summary>What a coordinator, the public form or an import sheet says about a person.</summary>
public class VolunteerInput
{
    public string Name { get; set; } = "";
    public string Gender { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string? IdNumber { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string Category { get; set; } = "";
    public string? Workplace { get; set; }
    public List<string> Skills { get; set; } = [];
    public long LearningPointId { get; set; }
    public string? GuardianName { get; set; }
    public string? GuardianMobile { get; set; }
}

/// <summary>A volunteer as stored; personal fields already normalised, the ID number only masked.</summary>
public record Volunteer
{
    public long Id { get; init; }
    public string VolunteerNo { get; init; } = "";
    public string Name { get; init; } = "";
    public string Gender { get; init; } = "";
    public string? Mobile { get; init; }
    /// <summary>Only ever masked: the whole number is stored encrypted and shown only through an audited reveal.</summary>
    [JsonPropertyName("idNumber")]
    public string? IdNumberMasked { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string Category { get; init; } = "";
    public string? Workplace { get; init; }
    public List<string> Skills { get; init; } = [];
    public long LearningPointId { get; init; }
    public string LearningPointName { get; init; } = "";
    public string Status { get; init; } = "";
    public string Source { get; init; } = "";
    public string? ConsentVersion { get; init; }
    public string? GuardianName { get; init; }
    public string? GuardianMobile { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? ErasedAt { get; init; }
}

public sealed record VolunteerFilter(long? LearningPointId, string? Status, string? Category, string? Query);
