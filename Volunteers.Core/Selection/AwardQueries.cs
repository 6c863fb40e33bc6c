using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Selection;

public sealed record Verification(string Kind, string Number, string Name, string Title, int Year, bool Valid, DateTimeOffset? RevokedAt);

public sealed class AwardQueries(Database db)
{
    public IReadOnlyList<Award> List(Caller caller, int? year)
    {
        var scope = caller.ScopeFor(null);
        return db.Read(c => Query(c, null,
            "(@year IS NULL OR a.year = @year)" + (scope is null ? "" : " AND v.learning_point_id = @scope"), new { year, scope }));
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

    /// <summary>What the public may learn from a code: validity and a masked name, nothing more.</summary>
    public Verification? Verify(string code) => db.Read(c =>
    {
        var award = c.QuerySingleOrDefault<Found>("""
            SELECT a.certificate_no AS number, v.name, a.title, a.year, a.revoked_at FROM awards a JOIN volunteers v ON v.id = a.volunteer_id
            WHERE a.verification_code = @code
            """, new { code });
        if (award is { } a)
            return new Verification("award", a.Number, NameMask.Mask(a.Name), a.Title, a.Year, a.RevokedAt is null, a.RevokedAt);
        var proof = c.QuerySingleOrDefault<Found>("""
            SELECT p.proof_no AS number, v.name, '志愿服务记录证明' AS title, CAST(substr(p.period_to, 1, 4) AS INTEGER) AS year FROM service_proofs p JOIN volunteers v ON v.id = p.volunteer_id WHERE p.verification_code = @code
            """, new { code });
        return proof is { } p ? new Verification("service-proof", p.Number, NameMask.Mask(p.Name), p.Title, p.Year, true, null) : null;
    });

    internal static DomainException NotFound() => DomainException.NotFound(Text.T("奖项", "Award"));

    internal static IReadOnlyList<Award> Query(DbConnection c, DbTransaction? t, string where, object args) => c.Query<Award>($"""
        SELECT a.id, a.volunteer_id, v.name, v.learning_point_id, p.name AS learning_point_name, a.year, a.title, a.certificate_no,
               a.verification_code, a.issued_on, a.revoked_at, a.revoke_reason, coalesce(y.approved_half_hours, 0) AS half_hours
        FROM awards a
        JOIN volunteers v ON v.id = a.volunteer_id
        JOIN learning_points p ON p.id = v.learning_point_id
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
    }
}
