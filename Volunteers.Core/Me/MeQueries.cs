using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Incentives;
using Volunteers.Core.Selection;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Me;

/// <summary>What a card holder reads about themself; the card's authentication already named the volunteer.</summary>
public sealed class MeQueries(Database db, IncentiveQueries incentives, IncentiveSettings settings, AwardQueries awards, TimeProvider clock)
{
    public const int RecentRecords = 20;

    // A volunteer opens their page far more often than anything of theirs changes: it is kept until the next write anywhere,
    // and per year, so the year's hours start again at midnight on New Year's Eve without a write.
    private readonly FreshCache<(long, int), MyOverview> _overviews = new(db, capacity: 4096);

    public MyOverview Overview(long volunteerId)
    {
        var year = ShanghaiTime.Today(clock).Year;
        return _overviews.Get((volunteerId, year), () => Compute(volunteerId, year));
    }

    private MyOverview Compute(long volunteerId, int year)
    {
        var (volunteer, pendingHalfHours, records) = db.Read(c =>
        {
            var v = VolunteerQueries.Find(c, null, volunteerId) ?? throw VolunteerQueries.NotFound();
            var pending = c.ExecuteScalar<long?>(
                "SELECT sum(half_hours) FROM service_records WHERE volunteer_id = @volunteerId AND status = @pending",
                new { volunteerId, pending = RecordStatuses.Pending }) ?? 0;
            var recent = c.Query<MyRecordRow>("""
                SELECT r.id, r.service_date, coalesce(a.title, r.content) AS content, r.half_hours, r.status, r.reason,
                       r.reverses_id IS NOT NULL AS reversal
                FROM service_records r LEFT JOIN activities a ON a.id = r.activity_id
                WHERE r.volunteer_id = @volunteerId ORDER BY r.service_date DESC, r.id DESC LIMIT @limit
                """, new { volunteerId, limit = RecentRecords })
                .Select(r => new MyRecord(r.Id, r.ServiceDate, r.Content, Hours.FromHalfHours(r.HalfHours), r.Status, r.Reason, r.Reversal)).ToList();
            return (v, pending, recent);
        });
        var earned = incentives.For(volunteerId, year);
        return new MyOverview(
            new MyVolunteer(volunteer.Id, volunteer.VolunteerNo, volunteer.Name, volunteer.LearningPointId, volunteer.LearningPointName,
                volunteer.Status, volunteer.Category),
            new MyHours(earned.ApprovedHours, earned.YearHours, Hours.FromHalfHours(pendingHalfHours)),
            StarProgress.Of(settings, earned), earned.Points, records, awards.OwnList(volunteerId));
    }

    /// <summary>The points ledger, newest first.</summary>
    public Paged<MyPointsEntry> Points(long volunteerId, Paging paging) => db.Read(c => new Paged<MyPointsEntry>(
        c.Query<MyPointsEntry>("""
            SELECT id, created_at AS at, delta, kind, item FROM points_ledger WHERE volunteer_id = @volunteerId
            ORDER BY id DESC LIMIT @limit OFFSET @offset
            """, new { volunteerId, limit = paging.PageSize, offset = paging.Offset }).ToList(),
        paging.Page, paging.PageSize,
        c.ExecuteScalar<long>("SELECT count(*) FROM points_ledger WHERE volunteer_id = @volunteerId", new { volunteerId })));

    private sealed class MyRecordRow
    {
        public long Id { get; init; }
        public DateOnly ServiceDate { get; init; }
        public string Content { get; init; } = "";
        public long HalfHours { get; init; }
        public string Status { get; init; } = "";
        public string? Reason { get; init; }
        public bool Reversal { get; init; }
    }
}
