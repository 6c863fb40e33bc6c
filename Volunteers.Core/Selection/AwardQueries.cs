using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.ServiceRecords;

namespace Volunteers.Core.Selection;

/// <summary>What a certificate or proof states, as the public may read it: the holder only as a masked name.</summary>
public sealed record Verification(string Kind, string Number, string Name, string Title, int Year, bool Valid, DateTimeOffset? RevokedAt,
    string Issuer, DateOnly IssuedOn, string LearningPoint, decimal? Hours, DateOnly? PeriodFrom, DateOnly? PeriodTo, string TownName);

public sealed class AwardQueries(Database db)
{
    /// <summary>The awards the caller reaches: of one town (<paramref name="townId"/>, or the caller's), or of the whole district.</summary>
    public IReadOnlyList<Award> List(Caller caller, int? year, long? townId = null)
    {
        var scope = caller.ScopeFor(null);
        var town = townId ?? caller.TownScope;
        return db.Read(c => Query(c, null,
            "(@year IS NULL OR a.year = @year)" + (scope is null ? "" : " AND v.learning_point_id = @scope") + (town is null ? "" : " AND a.town_id = @town"),
            new { year, scope, town }));
    }

    public Award Get(Caller caller, long id)
    {
        var award = db.Read(c => Query(c, null, "a.id = @id", new { id })).SingleOrDefault();
        if (award is null || !caller.CanReach(award.LearningPointId)) throw NotFound();
        return award;
    }

    /// <summary>A volunteer's own standing award; another's, or a revoked one, answers as if absent.</summary>
    public Award Own(long volunteerId, long id) =>
        db.Read(c => Query(c, null, "a.id = @id AND a.volunteer_id = @volunteerId AND a.revoked_at IS NULL", new { id, volunteerId })).SingleOrDefault()
        ?? throw NotFound();

    /// <summary>A volunteer's standing awards, oldest first.</summary>
    public IReadOnlyList<Award> OwnList(long volunteerId) =>
        db.Read(c => Query(c, null, "a.volunteer_id = @volunteerId AND a.revoked_at IS NULL", new { volunteerId }));

    /// <summary>What the public may learn from a code: validity, what was issued by whom and when, and a masked name, nothing more.</summary>
    public Verification? Verify(string code) => db.Read(c =>
    {
        var award = c.QuerySingleOrDefault<Found>("""
            SELECT a.certificate_no AS number, v.name, a.title, a.year, a.revoked_at, a.issued_on, p.name AS learning_point, t.issuer, t.name AS town_name
            FROM awards a JOIN volunteers v ON v.id = a.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
                 JOIN towns t ON t.id = a.town_id
            WHERE a.verification_code = @code
            """, new { code });
        if (award is { } a)
            return new Verification("award", a.Number, NameMask.Mask(a.Name), a.Title, a.Year, a.RevokedAt is null, a.RevokedAt,
                a.Issuer, a.IssuedOn, a.LearningPoint, null, null, null, a.TownName);
        var proof = c.QuerySingleOrDefault<FoundProof>("""
            SELECT s.proof_no AS number, v.name, s.period_from, s.period_to, s.half_hours, s.issued_at, p.name AS learning_point, t.issuer, t.name AS town_name
            FROM service_proofs s JOIN volunteers v ON v.id = s.volunteer_id JOIN learning_points p ON p.id = v.learning_point_id
                 JOIN towns t ON t.id = p.town_id
            WHERE s.verification_code = @code
            """, new { code });
        return proof is { } f
            ? new Verification("service-proof", f.Number, NameMask.Mask(f.Name), "志愿服务记录证明", f.PeriodTo.Year, true, null,
                f.Issuer, ShanghaiTime.DateOf(f.IssuedAt), f.LearningPoint, Hours.FromHalfHours(f.HalfHours), f.PeriodFrom, f.PeriodTo, f.TownName)
            : null;
    });

    internal static DomainException NotFound() => DomainException.NotFound(Text.T("奖项", "Award"));

    internal static IReadOnlyList<Award> Query(DbConnection c, DbTransaction? t, string where, object args) => c.Query<Award>($"""
        SELECT a.id, a.volunteer_id, v.name, a.town_id, t.name AS town_name, t.issuer, v.learning_point_id, p.name AS learning_point_name, a.year, a.title, a.certificate_no,
               a.verification_code, a.issued_on, a.revoked_at, a.revoke_reason, coalesce(y.approved_half_hours, 0) AS half_hours
        FROM awards a
        JOIN volunteers v ON v.id = a.volunteer_id
        JOIN learning_points p ON p.id = v.learning_point_id
        JOIN towns t ON t.id = a.town_id
        LEFT JOIN volunteer_year_totals y ON y.volunteer_id = a.volunteer_id AND y.year = a.year
        WHERE {where}
        ORDER BY a.year, {AwardOrder.Printing}
        """, args, t).ToList();

    private sealed class Found
    {
        public string Number { get; init; } = "";
        public string Name { get; init; } = "";
        public string Title { get; init; } = "";
        public int Year { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
        public DateOnly IssuedOn { get; init; }
        public string LearningPoint { get; init; } = "";
        public string Issuer { get; init; } = "";
        public string TownName { get; init; } = "";
    }

    private sealed class FoundProof
    {
        public string Number { get; init; } = "";
        public string Name { get; init; } = "";
        public DateOnly PeriodFrom { get; init; }
        public DateOnly PeriodTo { get; init; }
        public long HalfHours { get; init; }
        public DateTimeOffset IssuedAt { get; init; }
        public string LearningPoint { get; init; } = "";
        public string Issuer { get; init; } = "";
        public string TownName { get; init; } = "";
    }
}
