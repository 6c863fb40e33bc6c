namespace Volunteers.Core.Documents;

public sealed record PointFigures(string LearningPoint, int Target, int ActiveVolunteers, decimal Hours);

/// <summary>Category is the Chinese label (在职教师, 大学生, …), as a person reads it.</summary>
public sealed record CategoryFigures(string Category, int Volunteers, decimal Hours);

public sealed record ActivityTypeCount(string ActivityType, int Activities);

/// <summary>年度报告: the year in numbers, as the town's statistics hand them over.</summary>
public sealed record AnnualReportData(
    int Year,
    string Town,
    int Target,
    int ActiveVolunteers,
    int ServingVolunteers,
    decimal TotalHours,
    int Activities,
    IReadOnlyList<PointFigures> LearningPoints,
    IReadOnlyList<CategoryFigures> Categories,
    IReadOnlyList<ActivityTypeCount> ActivitiesByType,
    IReadOnlyList<RecognitionEntry> Awarded,
    string Issuer,
    DateOnly IssuedOn,
    decimal TargetRatio = 0.01m);
