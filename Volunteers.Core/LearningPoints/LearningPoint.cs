namespace Volunteers.Core.LearningPoints;

public static class LearningPointKinds
{
    public static readonly string[] All = ["village", "community", "town"];
}

public sealed record LearningPoint(long Id, long TownId, string Code, string Name, string Kind, long ResidentPopulation, int Target,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public string TownName { get; init; } = "";
}

public sealed record LearningPointInput(string Code, string Name, string Kind, long ResidentPopulation, long? TownId = null);
