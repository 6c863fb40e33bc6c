namespace Volunteers.Core.Town;

public sealed record TownProgress(long ResidentPopulation, int Target, long Active, long Serving, long Pending, decimal PercentOfTarget);

public sealed record PointProgress(long Id, string Name, string Kind, int Target, long Active, long Serving);

public sealed record MonthRegistrations(int Month, long Registered);

/// <summary>Aggregates only: nothing here names a person.</summary>
public sealed record Progress(int Year, TownProgress Town, IReadOnlyList<PointProgress> LearningPoints, IReadOnlyDictionary<string, long> ByCategory,
    IReadOnlyList<MonthRegistrations> Monthly);
