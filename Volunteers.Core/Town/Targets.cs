namespace Volunteers.Core.Town;

public static class Targets
{
    public const decimal DefaultRatio = 0.01m;

    /// <summary>ceil(population × ratio), in decimal so 35,000 × 0.01 is exactly 350.</summary>
    public static int For(long residentPopulation, decimal ratio) => (int)Math.Ceiling(residentPopulation * ratio);
}
