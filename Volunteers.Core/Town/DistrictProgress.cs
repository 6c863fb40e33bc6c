namespace Volunteers.Core.Town;

public sealed record DistrictFigures(long ResidentPopulation, int Target, long Active, long Serving, decimal PercentOfTarget);

public sealed record TownFigures(long Id, string Name, int Target, long Active, long Serving, decimal PercentOfTarget);

/// <summary>The district's progress and each town's: aggregates only, nothing here names a person.</summary>
public sealed record DistrictProgress(int Year, DistrictFigures District, IReadOnlyList<TownFigures> Towns);
