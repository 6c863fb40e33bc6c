using Volunteers.Tests.Support;

namespace Volunteers.Tests.Volunteers;

public sealed class VolunteerNumberTests
{
    [Test]
    public async Task A_towns_numbers_start_at_one_in_the_year_of_registration_with_four_digits()
    {
        var host = new TestHost();
        try
        {
            var pointId = await host.Admin().CreatePoint();
            var first = (await host.Admin().Post("/api/volunteers", People.Volunteer(pointId))).Expect(201).Json;
            var second = (await host.Admin().Post("/api/volunteers", People.Volunteer(pointId))).Expect(201).Json;
            var year = first["createdAt"]!.GetValue<DateTimeOffset>().ToOffset(TimeSpan.FromHours(8)).Year;
            Assert.That(first["volunteerNo"]!.GetValue<string>(), Is.EqualTo($"FH{year}-0001"));
            Assert.That(second["volunteerNo"]!.GetValue<string>(), Is.EqualTo($"FH{year}-0002"));
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
