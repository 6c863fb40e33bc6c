namespace Volunteers.Core.Town;

public sealed record TownSettings(string Name, long ResidentPopulation, decimal TargetRatio, DateTimeOffset UpdatedAt)
{
    public int Target => Targets.For(ResidentPopulation, TargetRatio);
}
