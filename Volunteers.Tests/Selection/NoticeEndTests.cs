using Volunteers.Tests.Support;
using static Volunteers.Tests.Selection.Refusals;

namespace Volunteers.Tests.Selection;

/// <summary>The public notice on the service's clock: it ends exactly so many days after it starts, and not a tick sooner.</summary>
public sealed class NoticeEndTests
{
    private static readonly DateTimeOffset Start = new(2025, 12, 20, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task A_year_is_finalized_from_the_instant_its_notice_ends_and_not_a_tick_before()
    {
        var clock = new TestClock(Start);
        var host = new TestHost { Clock = clock };
        try
        {
            var admin = host.Admin();
            var a = await admin.CreatePointWithCoordinator("甲村");
            var coordinator = host.As(a.Token);
            var volunteer = await coordinator.CreateVolunteer(a.PointId);
            await Ledger.RecordApproved(coordinator, admin, volunteer, 3, "2025-06-15");
            (await admin.Post("/api/selections", new { year = 2025, minHours = 1, quota = 1 })).Expect(201);
            (await coordinator.Post("/api/selections/2025/nominations", new { volunteerId = volunteer, reason = "积极" })).Expect(201);
            (await admin.Post("/api/selections/2025/review", new { volunteerIds = new[] { volunteer } })).Expect(200);
            var view = (await admin.Post("/api/selections/2025/notice", new { days = 3 })).Expect(200).Json;
            var end = Start.AddDays(3);
            Assert.That(view["noticeStartsAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Start));
            Assert.That(view["noticeEndsAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(end));

            clock.Set(end.AddTicks(-1));
            await Refused(language => admin.Post("/api/selections/2025/finalize", language: language), 409,
                "公示期至 2025-12-23 10:00 结束，结束后才能定稿", "The public notice runs until 2025-12-23 02:00:00Z; finalize after it ends");

            clock.Set(end);
            var awards = (await admin.Post("/api/selections/2025/finalize")).Expect(200).Json.AsArray();
            Assert.That(awards.Select(x => x!["volunteerId"]!.GetValue<long>()), Is.EqualTo(new[] { volunteer }));
            Assert.That(awards[0]!["issuedOn"]!.GetValue<string>(), Is.EqualTo("2025-12-23"), "issued on the day it ends, in Shanghai");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
