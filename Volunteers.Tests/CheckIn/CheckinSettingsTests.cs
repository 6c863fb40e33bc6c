using Volunteers.Core.CheckIn;
using Volunteers.Tests.Support;
using static Volunteers.Tests.Support.CheckinSetup;

namespace Volunteers.Tests.CheckIn;

/// <summary>The window, the allowance and the rounding thresholds are settings; a setting that makes no sense stops the start.</summary>
public sealed class CheckinSettingsTests
{
    [Test]
    public async Task A_town_with_other_thresholds_and_no_allowance_gets_its_own_rule()
    {
        var clock = new TestClock(At(8, 0));
        var host = new TestHost(settings: new Dictionary<string, string?>
        {
            ["Volunteers:CheckIn:OpensMinutesBefore"] = "10",
            ["Volunteers:CheckIn:AllowanceMinutes"] = "0",
            ["Volunteers:CheckIn:HalfHourFromMinutes"] = "10",
            ["Volunteers:CheckIn:WholeHourFromMinutes"] = "30",
        }) { Clock = clock };
        try
        {
            var point = await host.Admin().CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            var (_, code) = await coordinator.CheckinActivity(point.PointId);
            var card = host.WithCard(await coordinator.Issue(await coordinator.CreateVolunteer(point.PointId)));
            clock.Set(At(9, 49));
            Assert.That((await card.Scan(code)).Expect(409).Json["detail"]!.GetValue<string>(), Does.Contain("09:50 至 15:00"));
            clock.Set(At(9, 50));
            (await card.Scan(code)).Expect(200);
            clock.Set(At(11, 30));
            var out_ = (await card.Scan(code)).Expect(200).Json;
            Assert.That((out_["minutes"]!.GetValue<int>(), out_["hours"]!.GetValue<decimal>()), Is.EqualTo((90, 2m)), "10:00 to 11:30: 1 hour and 30 minutes");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }

    [TestCase(0, 45)]
    [TestCase(45, 45)]
    [TestCase(15, 61)]
    public void Thresholds_out_of_order_are_refused_with_the_settings_name(int halfHour, int wholeHour) =>
        Assert.That(() => new CheckinSettings { HalfHourFromMinutes = halfHour, WholeHourFromMinutes = wholeHour }.Checked(),
            Throws.InvalidOperationException.With.Message.Contains("Volunteers:CheckIn"));

    [Test]
    public void The_defaults_are_the_rule_in_the_contract() =>
        Assert.That(new CheckinSettings().Checked(), Is.EqualTo(new CheckinSettings
        {
            OpensMinutesBefore = 60, ClosesMinutesAfter = 180, AllowanceMinutes = 30, HalfHourFromMinutes = 15, WholeHourFromMinutes = 45,
        }));
}
