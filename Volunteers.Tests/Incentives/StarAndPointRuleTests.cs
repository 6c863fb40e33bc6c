using Volunteers.Core.Incentives;
using Volunteers.Core.ServiceRecords;

namespace Volunteers.Tests.Incentives;

public sealed class StarAndPointRuleTests
{
    private static readonly IncentiveSettings Default = new();

    [TestCase(0, 0)]
    [TestCase(99.5, 0)]
    [TestCase(100, 1)]
    [TestCase(299.5, 1)]
    [TestCase(300, 2)]
    [TestCase(1499.5, 4)]
    [TestCase(1500, 5)]
    [TestCase(9000, 5)]
    public void A_star_is_reached_at_its_threshold_not_before(decimal hours, int stars) =>
        Assert.That(Default.StarLevel(hours), Is.EqualTo(stars));

    [TestCase(10, 1, 5)]
    [TestCase(10, 3, 15)]
    [TestCase(3, 1, 1)]
    [TestCase(3, 3, 4)]
    [TestCase(3, -3, -4)]
    public void Points_are_per_hour_and_an_odd_half_hour_at_an_odd_rate_rounds_toward_zero(int perHour, long halfHours, int points) =>
        Assert.That(new IncentiveSettings { PointsPerHour = perHour }.PointsFor(halfHours), Is.EqualTo(points));

    [TestCase(0.5, true)]
    [TestCase(12, true)]
    [TestCase(11.5, true)]
    [TestCase(0, false)]
    [TestCase(0.25, false)]
    [TestCase(12.5, false)]
    [TestCase(-0.5, false)]
    public void Hours_are_half_hour_steps_from_one_half_to_twelve(decimal hours, bool valid) =>
        Assert.That(Hours.IsValid(hours), Is.EqualTo(valid));

    [Test]
    public void Half_hours_convert_both_ways_exactly()
    {
        Assert.That(Hours.ToHalfHours(2.5m), Is.EqualTo(5));
        Assert.That(Hours.FromHalfHours(5), Is.EqualTo(2.5m));
        Assert.That(Hours.FromHalfHours(-7), Is.EqualTo(-3.5m));
    }
}
