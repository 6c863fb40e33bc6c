using Volunteers.Tests.Support;

namespace Volunteers.Tests.Incentives;

public sealed class StarThresholdChangeTests
{
    [Test]
    public async Task Stars_above_a_shortened_list_of_thresholds_are_no_longer_shown_after_a_restart()
    {
        var first = new TestHost(settings: new Dictionary<string, string?> { ["Volunteers:Incentives:StarThresholds"] = "1,2,3" });
        var point = await first.Admin().CreatePointWithCoordinator();
        var volunteer = await first.As(point.Token).CreateVolunteer(point.PointId);
        await Ledger.RecordApproved(first.As(point.Token), first.Admin(), volunteer, 3);
        Assert.That((await first.As(point.Token).Totals(volunteer)).Stars, Is.EqualTo(3));
        first.Dispose();

        var second = new TestHost(first.Folder, new Dictionary<string, string?> { ["Volunteers:Incentives:StarThresholds"] = "1,2" });
        try
        {
            var json = (await second.As(point.Token).Get($"/api/volunteers/{volunteer}")).Expect(200).Json;
            Assert.That(json["starLevel"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(json["stars"]!.AsArray().Select(s => (s!["level"]!.GetValue<int>(), s["hours"]!.GetValue<int>())), Is.EqualTo(new[] { (1, 1), (2, 2) }));
        }
        finally
        {
            second.DisposeAndDelete();
        }
    }
}
