using Volunteers.Core.Incentives;

namespace Volunteers.Core.Selection;

/// <summary>
/// The one order of a year's awards: by learning point in the town's list order (its code), then by the year's ranking within
/// the point. Certificate numbers are granted in it, and the certificates, the recognition list and the annual report print in it,
/// so a book read page by page runs 第001号, 第002号, … and agrees with the list read row by row.
/// </summary>
public static class AwardOrder
{
    /// <summary>When the numbers are granted: over the nominees' volunteers <c>v</c>, learning points <c>p</c> and year totals <c>y</c>.</summary>
    public const string Granting = $"p.code, {Ranking.OrderBy}";

    /// <summary>
    /// Once granted: over awards <c>a</c> and learning points <c>p</c>. Awards are inserted in the order they are numbered, so
    /// <c>a.id</c> keeps the numbers' order where hours approved after finalising would reshuffle a ranking (and where text
    /// order would put 第1000号 before 第999号).
    /// </summary>
    public const string Printing = "p.code, a.id";
}
