using System.Data.Common;
using Dapper;

namespace Volunteers.Core.Incentives;

/// <summary>A volunteer's place in a year's ranking; <see cref="Rank"/> counts from 1.</summary>
public sealed record Ranked(int Rank, long VolunteerId, string VolunteerNo, string Name, long LearningPointId, string LearningPointName,
    decimal Hours, int Records, DateTimeOffset RegisteredAt);

/// <summary>
/// The town's one ranking of volunteers within a year, for the leaderboard, the selection's candidates and the order
/// certificates are numbered in: most approved hours, then most approved records, then who registered first; the id
/// settles the rest, so the order never depends on the plan SQLite picks.
/// </summary>
public static class Ranking
{
    /// <summary>An ORDER BY list over <c>volunteer_year_totals y</c> joined with <c>volunteers v</c>.</summary>
    public const string OrderBy = "y.approved_half_hours DESC, y.approved_records DESC, v.created_at, v.id";

    /// <summary>The volunteers with approved hours in <paramref name="year"/> that meet <paramref name="condition"/> (over y, v and p), best first.</summary>
    internal static IReadOnlyList<Ranked> Of(DbConnection c, DbTransaction? t, int year, string condition, object? args, int? top = null)
    {
        var parameters = new DynamicParameters(args);
        parameters.Add("rankingYear", year);
        parameters.Add("rankingTop", top);
        return c.Query<Row>($"""
            SELECT v.id AS volunteer_id, v.volunteer_no, v.name, v.learning_point_id, p.name AS learning_point_name,
                   y.approved_half_hours, y.approved_records, v.created_at
            FROM volunteer_year_totals y
            JOIN volunteers v ON v.id = y.volunteer_id
            JOIN learning_points p ON p.id = v.learning_point_id
            WHERE y.year = @rankingYear AND y.approved_half_hours > 0 {(condition.Length == 0 ? "" : "AND " + condition)}
            ORDER BY {OrderBy}
            {(top is null ? "" : "LIMIT @rankingTop")}
            """, parameters, t).Select((r, i) => new Ranked(i + 1, r.VolunteerId, r.VolunteerNo, r.Name, r.LearningPointId, r.LearningPointName,
            r.ApprovedHalfHours / 2m, r.ApprovedRecords, r.CreatedAt)).ToList();
    }

    private sealed class Row
    {
        public long VolunteerId { get; init; }
        public string VolunteerNo { get; init; } = "";
        public string Name { get; init; } = "";
        public long LearningPointId { get; init; }
        public string LearningPointName { get; init; } = "";
        public long ApprovedHalfHours { get; init; }
        public int ApprovedRecords { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }
}
