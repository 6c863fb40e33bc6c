namespace Volunteers.Core.Incentives;

/// <summary>Star thresholds in approved lifetime hours (the community-volunteer registration rules' 100/300/600/1000/1500) and points.</summary>
public sealed record IncentiveSettings
{
    public IReadOnlyList<int> StarThresholds { get; init; } = [100, 300, 600, 1000, 1500];
    public int PointsPerHour { get; init; } = 10;
    public int PointsPerAward { get; init; } = 100;

    public int StarLevel(decimal approvedHours) => StarThresholds.Count(threshold => approvedHours >= threshold);

    /// <summary>Points for a number of half-hours, rounded down for an odd half-hour when the rate is odd.</summary>
    public int PointsFor(long halfHours) => (int)(halfHours * PointsPerHour / 2);
}
