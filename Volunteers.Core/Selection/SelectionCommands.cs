using System.Data.Common;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Town;

namespace Volunteers.Core.Selection;

/// <summary>Nominate → review → public notice (objections) → finalize; each step only in its turn, each recorded with who and when.</summary>
public sealed class SelectionCommands(Database db, AwardCommands awards, TimeProvider clock)
{
    public const int MaxNoticeDays = 30;

    public SelectionView Create(Caller caller, SelectionParameters p) => db.Write(TownQueries.TurnOf(db, caller), (c, t) =>
    {
        var town = TownQueries.Resolve(c, t, caller, null);
        if (c.ExecuteScalar<long?>("SELECT year FROM selections WHERE town_id = @town AND year = @Year", Parameters.Of(p, new { town }), t) is not null)
            throw DomainException.Conflict(Text.T($"{p.Year} 年度评选已经创建", $"The {p.Year} selection already exists"), "year");
        var now = clock.GetUtcNow();
        c.Execute("""
            INSERT INTO selections (town_id, year, min_half_hours, quota, point_quota, state, created_by, created_at)
            VALUES (@town, @Year, @minHalfHours, @Quota, @PointQuota, 'nominating', @by, @now)
            """, Parameters.Of(p, new { town, minHalfHours = Hours.ToHalfHours(p.MinHours), by = caller.AccountId, now }), t);
        AddStep(c, t, town, p.Year, "created", $"minHours={p.MinHours}; quota={p.Quota}; pointQuota={p.PointQuota}", caller, now);
        return SelectionQueries.View(c, t, caller, town, p.Year);
    });

    /// <returns>The nomination's id.</returns>
    public long Nominate(Caller caller, int year, long volunteerId, string reason) => db.Write(TownQueries.TurnOf(db, caller), (c, t) =>
    {
        var row = SelectionQueries.Load(c, t, caller, year);
        var town = row.TownId;
        SelectionQueries.EnsureState(row, SelectionStates.Nominating, "推荐");
        var pointId = c.ExecuteScalar<long?>("SELECT learning_point_id FROM volunteers WHERE id = @volunteerId", new { volunteerId }, t);
        if (pointId is null || !caller.CanReach(pointId.Value))
            throw DomainException.Invalid("volunteerId", Text.T("志愿者不存在", "The volunteer does not exist"));
        if (SelectionQueries.Candidates(c, t, town, year, row.MinHalfHours, pointId).All(x => x.VolunteerId != volunteerId))
            throw DomainException.Conflict(Text.T($"该志愿者不符合评选条件（须在册且年度服务满 {row.MinHalfHours / 2m} 小时）",
                $"The volunteer is not eligible (active, at least {row.MinHalfHours / 2m} hours in the year)"), "volunteerId");
        if (c.ExecuteScalar<long?>("SELECT id FROM nominations WHERE year = @year AND volunteer_id = @volunteerId", new { year, volunteerId }, t) is not null)
            throw DomainException.Conflict(Text.T("该志愿者已被推荐", "The volunteer is already nominated"), "volunteerId");
        var taken = c.ExecuteScalar<int>("SELECT count(*) FROM nominations WHERE year = @year AND learning_point_id = @pointId", new { year, pointId }, t);
        if (row.PointQuota is { } quota && taken >= quota)
            throw DomainException.Conflict(Text.T($"本学习点的推荐名额（{quota} 名）已用完", $"This learning point's quota of {quota} is used up"), "volunteerId");
        var now = clock.GetUtcNow();
        var id = c.ExecuteScalar<long>("""
            INSERT INTO nominations (town_id, year, volunteer_id, learning_point_id, reason, status, nominated_by, nominated_at)
            VALUES (@town, @year, @volunteerId, @pointId, @reason, 'nominated', @by, @now) RETURNING id
            """, new { town, year, volunteerId, pointId, reason, by = caller.AccountId, now }, t);
        AddStep(c, t, town, year, "nominated", $"volunteer {volunteerId}", caller, now);
        return id;
    });

    public void Review(Caller caller, int year, IReadOnlyList<long> volunteerIds) => db.Write(TownQueries.TurnOf(db, caller), (c, t) =>
    {
        var row = SelectionQueries.Load(c, t, caller, year);
        var town = row.TownId;
        SelectionQueries.EnsureState(row, SelectionStates.Nominating, "审核");
        if (volunteerIds.Count > row.Quota)
            throw DomainException.Invalid("volunteerIds", Text.T($"确认人数 {volunteerIds.Count} 超过总名额 {row.Quota}", $"{volunteerIds.Count} exceeds the quota of {row.Quota}"));
        var nominated = c.Query<long>("SELECT volunteer_id FROM nominations WHERE town_id = @town AND year = @year", new { town, year }, t).ToHashSet();
        var stranger = volunteerIds.FirstOrDefault(id => !nominated.Contains(id));
        if (stranger != 0)
            throw DomainException.Invalid("volunteerIds", Text.T($"志愿者 {stranger} 未被推荐，不能确认", $"Volunteer {stranger} was not nominated"));
        c.Execute($"UPDATE nominations SET status = CASE WHEN {Dialect.InList(c, "volunteer_id", "@volunteerIds")} THEN 'confirmed' ELSE 'removed' END WHERE town_id = @town AND year = @year",
            new { town, year, volunteerIds }, t);
        var now = clock.GetUtcNow();
        c.Execute("UPDATE selections SET state = 'reviewed' WHERE town_id = @town AND year = @year", new { town, year }, t);
        AddStep(c, t, town, year, "reviewed", "confirmed " + string.Join(",", volunteerIds), caller, now);
    });

    public void StartNotice(Caller caller, int year, int days) => db.Write(TownQueries.TurnOf(db, caller), (c, t) =>
    {
        var row = SelectionQueries.Load(c, t, caller, year);
        var town = row.TownId;
        SelectionQueries.EnsureState(row, SelectionStates.Reviewed, "开始公示");
        var now = clock.GetUtcNow();
        c.Execute("UPDATE selections SET state = 'notice', notice_starts_at = @now, notice_ends_at = @ends WHERE town_id = @town AND year = @year",
            new { town, year, now, ends = now.AddDays(days) }, t);
        AddStep(c, t, town, year, "notice", $"{days} days", caller, now);
    });

    public long Object(Caller caller, int year, long volunteerId, string text) => db.Write(TownQueries.TurnOf(db, caller), (c, t) =>
    {
        var row = SelectionQueries.Load(c, t, caller, year);
        var town = row.TownId;
        SelectionQueries.EnsureState(row, SelectionStates.Notice, "登记异议");
        var nominee = c.ExecuteScalar<long?>(
            "SELECT learning_point_id FROM nominations WHERE town_id = @town AND year = @year AND volunteer_id = @volunteerId AND status = 'confirmed'",
            new { town, year, volunteerId }, t);
        if (nominee is null || !caller.CanReach(nominee.Value))
            throw DomainException.Invalid("volunteerId", Text.T("该志愿者不在公示名单中", "The volunteer is not on the public list"));
        var now = clock.GetUtcNow();
        var id = c.ExecuteScalar<long>("""
            INSERT INTO objections (town_id, year, volunteer_id, text, recorded_by, recorded_at)
            VALUES (@town, @year, @volunteerId, @text, @by, @now) RETURNING id
            """, new { town, year, volunteerId, text, by = caller.AccountId, now }, t);
        AddStep(c, t, town, year, "objection", $"objection {id} on volunteer {volunteerId}", caller, now);
        return id;
    });

    public void Resolve(Caller caller, int year, long objectionId, bool upheld, string note) => db.Write(TownQueries.TurnOf(db, caller), (c, t) =>
    {
        var row = SelectionQueries.Load(c, t, caller, year);
        var town = row.TownId;
        SelectionQueries.EnsureState(row, SelectionStates.Notice, "处理异议");
        var objection = c.QuerySingleOrDefault<Objection>("SELECT * FROM objections WHERE id = @objectionId AND town_id = @town AND year = @year", new { objectionId, town, year }, t)
            ?? throw DomainException.NotFound(Text.T("异议", "Objection"));
        if (objection.Upheld is not null) throw DomainException.Conflict(Text.T("该异议已处理", "The objection is already resolved"));
        var now = clock.GetUtcNow();
        c.Execute("UPDATE objections SET upheld = @upheld, note = @note, resolved_by = @by, resolved_at = @now WHERE id = @objectionId",
            new { objectionId, upheld, note, by = caller.AccountId, now }, t);
        if (upheld)
            c.Execute("UPDATE nominations SET status = 'removed' WHERE town_id = @town AND year = @year AND volunteer_id = @VolunteerId",
                new { town, year, objection.VolunteerId }, t);
        AddStep(c, t, town, year, upheld ? "objection-upheld" : "objection-dismissed", $"objection {objectionId}", caller, now);
    });

    public IReadOnlyList<Award> Finalize(Caller caller, int year) => db.Write(TownQueries.TurnOf(db, caller), (c, t) =>
    {
        var row = SelectionQueries.Load(c, t, caller, year);
        var town = row.TownId;
        SelectionQueries.EnsureState(row, SelectionStates.Notice, "定稿");
        var now = clock.GetUtcNow();
        if (now < row.NoticeEndsAt)
            throw DomainException.Conflict(Text.T($"公示期至 {row.NoticeEndsAt.Value.ToOffset(ShanghaiTime.Offset):yyyy-MM-dd HH:mm} 结束，结束后才能定稿",
                $"The public notice runs until {row.NoticeEndsAt:u}; finalize after it ends"));
        if (c.ExecuteScalar<int>("SELECT count(*) FROM objections WHERE town_id = @town AND year = @year AND upheld IS NULL", new { town, year }, t) > 0)
            throw DomainException.Conflict(Text.T("还有未处理的异议，处理完毕后才能定稿", "Some objections are not resolved yet"));
        c.Execute("UPDATE selections SET state = 'finalized' WHERE town_id = @town AND year = @year", new { town, year }, t);
        AddStep(c, t, town, year, "finalized", null, caller, now);
        return awards.Grant(c, t, caller, town, year, now);
    });

    internal static void AddStep(DbConnection c, DbTransaction t, long town, int year, string step, string? detail, Caller caller, DateTimeOffset now)
    {
        c.Execute("INSERT INTO selection_steps (town_id, year, step, detail, by, at) VALUES (@town, @year, @step, @detail, @by, @now)",
            new { town, year, step, detail, by = caller.AccountId, now }, t);
        AuditLog.Write(c, t, town, caller, "selection." + step, "selection", year, new { detail });
    }
}
