using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Incentives;
using Volunteers.Core.Town;

namespace Volunteers.Core.Selection;

public sealed class SelectionQueries(Database db)
{
    /// <summary>The year's selection of the caller's town (a district administrator's named or only town).</summary>
    public SelectionView Get(Caller caller, int year) => db.Read(c => View(c, null, caller, TownQueries.Resolve(c, null, caller, null), year));

    /// <summary>Another town's objection answers 404, as if there were none; the caller's own town's are left to the step's checks.</summary>
    public void EnsureObjection(Caller caller, long objectionId)
    {
        var (town, of) = db.Read(c => (TownQueries.Resolve(c, null, caller, null),
            c.ExecuteScalar<long?>("SELECT town_id FROM objections WHERE id = @objectionId", new { objectionId })));
        if (of is not null && of != town) throw DomainException.NotFound(Text.T("异议", "Objection"));
    }

    /// <summary>Eligible: active, with at least the minimum approved hours in the year, in the town's ranking.</summary>
    internal static IReadOnlyList<Ranked> Candidates(DbConnection c, DbTransaction? t, long town, int year, long minHalfHours, long? pointId) =>
        Ranking.Of(c, t, year, "p.town_id = @town AND v.status = 'active' AND y.approved_half_hours >= @minHalfHours" +
            (pointId is null ? "" : " AND v.learning_point_id = @pointId"), new { town, minHalfHours, pointId });

    /// <summary>The selection of <paramref name="year"/> in the town <paramref name="caller"/> acts in.</summary>
    internal static Row Load(DbConnection c, DbTransaction? t, Caller caller, int year) => Load(c, t, TownQueries.Resolve(c, t, caller, null), year);

    private static Row Load(DbConnection c, DbTransaction? t, long town, int year) =>
        c.QuerySingleOrDefault<Row>("SELECT * FROM selections WHERE town_id = @town AND year = @year", new { town, year }, t)
        ?? throw DomainException.NotFound(Text.T($"{year} 年度评选", $"The {year} selection"));

    internal static void EnsureState(Row row, string expected, string step)
    {
        if (row.State != expected)
            throw DomainException.Conflict(Text.T($"评选当前处于“{Labels.Of(Labels.SelectionStates, row.State)}”阶段，不能{step}", $"The selection is at the {row.State} step; it cannot do this now"));
    }

    internal static SelectionView View(DbConnection c, DbTransaction? t, Caller caller, long town, int year)
    {
        var row = Load(c, t, town, year);
        var scope = caller.ScopeFor(null);
        var pointFilter = scope is null ? "" : " AND n.learning_point_id = @scope";
        var nominations = c.Query<Nomination>($"""
            SELECT n.id, n.volunteer_id, v.name, n.learning_point_id, n.reason, n.status, n.nominated_by, n.nominated_at
            FROM nominations n JOIN volunteers v ON v.id = n.volunteer_id WHERE n.town_id = @town AND n.year = @year{pointFilter} ORDER BY n.id
            """, new { town, year, scope }, t).ToList();
        var objections = c.Query<Objection>($"""
            SELECT o.id, o.volunteer_id, o.text, o.recorded_by, o.recorded_at, o.upheld, o.note, o.resolved_by, o.resolved_at
            FROM objections o JOIN volunteers v ON v.id = o.volunteer_id
            WHERE o.town_id = @town AND o.year = @year{(scope is null ? "" : " AND v.learning_point_id = @scope")} ORDER BY o.id
            """, new { town, year, scope }, t).ToList();
        var steps = c.Query<SelectionStep>("SELECT step, detail, by, at FROM selection_steps WHERE town_id = @town AND year = @year ORDER BY id",
            new { town, year }, t).ToList();
        return new SelectionView(year, row.MinHalfHours / 2m, row.Quota, row.PointQuota, row.State, row.NoticeStartsAt, row.NoticeEndsAt,
            Candidates(c, t, town, year, row.MinHalfHours, scope), nominations, objections, steps);
    }

    internal sealed class Row
    {
        public long TownId { get; init; }
        public int Year { get; init; }
        public long MinHalfHours { get; init; }
        public int Quota { get; init; }
        public int? PointQuota { get; init; }
        public string State { get; init; } = "";
        public DateTimeOffset? NoticeStartsAt { get; init; }
        public DateTimeOffset? NoticeEndsAt { get; init; }
    }
}
