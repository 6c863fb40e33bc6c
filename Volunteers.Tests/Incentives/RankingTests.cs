using Volunteers.Tests.Support;

namespace Volunteers.Tests.Incentives;

public sealed class RankingTests
{
    [Test]
    public async Task The_leaderboard_the_candidates_and_the_certificate_numbers_rank_alike_hours_then_records_then_registration_then_id()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 6, 15, 2, 0, 0, TimeSpan.Zero));
        var host = new TestHost { Clock = clock };
        try
        {
            var admin = host.Admin();
            var point = await admin.CreatePointWithCoordinator();
            var coordinator = host.As(point.Token);
            async Task<long> Register(int minutesAfterStart, params decimal[] records)
            {
                clock.Set(new DateTimeOffset(2026, 6, 15, 2, minutesAfterStart, 0, TimeSpan.Zero));
                var id = await coordinator.CreateVolunteer(point.PointId);
                foreach (var hours in records) await Ledger.RecordApproved(coordinator, admin, id, hours, date: "2026-06-10");
                return id;
            }
            var most = await Register(0, 6);
            var laterOfTwo = await Register(30, 2, 2);
            var earlierOfTwo = await Register(10, 2, 2);
            var sameInstantFirst = await Register(0, 4);
            var sameInstantSecond = await Register(0, 4);
            clock.Set(new DateTimeOffset(2026, 6, 16, 2, 0, 0, TimeSpan.Zero));
            var expected = new[] { most, earlierOfTwo, laterOfTwo, sameInstantFirst, sameInstantSecond };

            var board = (await admin.Get("/api/leaderboard?year=2026")).Expect(200).Json["items"]!.AsArray()
                .Select(e => e!["volunteerId"]!.GetValue<long>());
            Assert.That(board, Is.EqualTo(expected), "leaderboard");

            (await admin.Post("/api/selections", new { year = 2026, minHours = 1, quota = 5 })).Expect(201);
            var candidates = (await admin.Get("/api/selections/2026")).Expect(200).Json["candidates"]!.AsArray()
                .Select(c => c!["volunteerId"]!.GetValue<long>());
            Assert.That(candidates, Is.EqualTo(expected), "selection candidates");

            foreach (var id in expected.Reverse())
                (await coordinator.Post("/api/selections/2026/nominations", new { volunteerId = id, reason = "服务积极" })).Expect(201);
            (await admin.Post("/api/selections/2026/review", new { volunteerIds = expected })).Expect(200);
            (await admin.Post("/api/selections/2026/notice", new { days = 0 })).Expect(200);
            var awards = (await admin.Post("/api/selections/2026/finalize")).Expect(200).Json.AsArray()
                .OrderBy(a => a!["certificateNo"]!.GetValue<string>(), StringComparer.Ordinal)
                .Select(a => a!["volunteerId"]!.GetValue<long>());
            Assert.That(awards, Is.EqualTo(expected), "certificate numbers");
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
