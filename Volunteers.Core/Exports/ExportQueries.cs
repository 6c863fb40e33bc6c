using System.Text.Json;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Incentives;
using Volunteers.Core.Selection;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Exports;

public sealed record VolunteerExportFilter(long? LearningPointId, string? Status);

/// <summary>
/// The registry and the ledger as sheets. Rows are read unbuffered on a connection the sheet's enumerator owns, so an
/// export of the whole town holds a few rows in memory, never the town. Mobiles and ID numbers leave only masked.
/// </summary>
public sealed class ExportQueries(Database db, IncentiveSettings incentives, AwardQueries awards)
{
    public static readonly string[] AwardHeaders =
        ["证书编号", "年度", "姓名", "学习点", "称号", "年度服务时长（小时）", "颁发日期", "状态", "撤销时间", "撤销原因"];

    public static readonly string[] VolunteerHeaders =
    [
        "志愿者编号", "姓名", "性别", "手机号码", "身份证号码", "类别", "工作单位或学校", "特长", "学习点", "状态", "登记方式", "登记时间",
        "累计服务时长（小时）", "星级", "积分",
    ];

    public static readonly string[] RecordHeaders =
    [
        "记录编号", "志愿者编号", "姓名", "学习点", "活动", "服务日期", "服务时长（小时）", "服务内容", "来源", "审核状态", "冲正的记录编号", "原因",
        "录入时间", "审核时间",
    ];

    public Sheet Volunteers(Caller caller, VolunteerExportFilter filter)
    {
        var point = caller.ScopeFor(filter.LearningPointId);
        var sql = $"""
            SELECT v.volunteer_no, v.name, v.gender, v.mobile, v.id_number_masked, v.category, v.workplace, v.skills,
                   p.name AS learning_point_name, v.status, v.source, v.created_at, coalesce(t.approved_half_hours, 0) AS approved_half_hours,
                   coalesce(t.points, 0) AS points
            FROM volunteers v
            JOIN learning_points p ON p.id = v.learning_point_id
            LEFT JOIN volunteer_totals t ON t.volunteer_id = v.id
            WHERE 1 = 1 {(caller.TownScope is null ? "" : "AND p.town_id = @town")} {(point is null ? "" : "AND v.learning_point_id = @point")}
                  {(filter.Status is null ? "" : "AND v.status = @status")}
            ORDER BY v.id
            """;
        return new Sheet("志愿者", VolunteerHeaders, Stream<VolunteerRow>(sql, new { town = caller.TownScope, point, status = filter.Status }).Select(v => new object?[]
        {
            v.VolunteerNo, v.Name, Labels.Of(Labels.Genders, v.Gender), MobileNumber.Mask(v.Mobile), v.IdNumberMasked ?? "",
            Labels.Of(Labels.Categories, v.Category), v.Workplace ?? "", string.Join("、", v.Skills),
            v.LearningPointName, Labels.VolunteerStatus(v.Status), Labels.Of(Labels.Sources, v.Source), Local(v.CreatedAt),
            Hours.FromHalfHours(v.ApprovedHalfHours), incentives.StarLevel(Hours.FromHalfHours(v.ApprovedHalfHours)), v.Points,
        }));
    }

    public Sheet ServiceRecords(Caller caller, ServiceRecordFilter filter)
    {
        var point = caller.ScopeFor(filter.LearningPointId);
        var where = new List<string> { "1 = 1" };
        if (caller.TownScope is not null) where.Add("p.town_id = @town");
        if (point is not null) where.Add("r.learning_point_id = @point");
        if (filter.VolunteerId is not null) where.Add("r.volunteer_id = @VolunteerId");
        if (filter.Status is not null) where.Add("r.status = @Status");
        if (filter.From is not null) where.Add("r.service_date >= @From");
        if (filter.To is not null) where.Add("r.service_date <= @To");
        var sql = $"""
            SELECT r.id, v.volunteer_no, v.name, p.name AS learning_point_name, a.title AS activity_title, r.service_date, r.half_hours,
                   r.content, r.source, r.status, r.reverses_id, r.reason, r.recorded_at, r.reviewed_at
            FROM service_records r
            JOIN volunteers v ON v.id = r.volunteer_id
            JOIN learning_points p ON p.id = r.learning_point_id
            LEFT JOIN activities a ON a.id = r.activity_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY r.id
            """;
        return new Sheet("服务记录", RecordHeaders, Stream<RecordRow>(sql, Parameters.Of(filter, new { town = caller.TownScope, point })).Select(r => new object?[]
        {
            r.Id, r.VolunteerNo, r.Name, r.LearningPointName, r.ActivityTitle ?? "", r.ServiceDate.ToString("yyyy-MM-dd"),
            Hours.FromHalfHours(r.HalfHours), r.Content, Labels.Of(Labels.RecordSources, r.Source), Labels.Of(Labels.RecordStatuses, r.Status), r.ReversesId, r.Reason ?? "",
            Local(r.RecordedAt), r.ReviewedAt is { } at ? Local(at) : "",
        }));
    }

    /// <summary>China Standard Time, as the office reads a clock.</summary>
    /// <summary>The awards of a year (or of every year) as a sheet, revoked ones marked; a year has a few hundred at most.</summary>
    public Sheet Awards(Caller caller, int? year) => new("表彰", AwardHeaders, awards.List(caller, year).Select(a => new object?[]
    {
        a.CertificateNo, a.Year, a.Name, a.LearningPointName, a.Title, Hours.FromHalfHours(a.HalfHours), a.IssuedOn.ToString("yyyy-MM-dd"),
        a.RevokedAt is null ? "有效" : "已撤销", a.RevokedAt is { } at ? Local(at) : "", a.RevokeReason ?? "",
    }));

    public static string Local(DateTimeOffset instant) => instant.ToOffset(ShanghaiTime.Offset).ToString("yyyy-MM-dd HH:mm:ss");

    private IEnumerable<T> Stream<T>(string sql, object args)
    {
        using var connection = db.Open();
        foreach (var row in connection.Query<T>(sql, args, buffered: false)) yield return row;
    }

    private sealed class VolunteerRow
    {
        public string VolunteerNo { get; init; } = "";
        public string Name { get; init; } = "";
        public string Gender { get; init; } = "";
        public string? Mobile { get; init; }
        public string? IdNumberMasked { get; init; }
        public string Category { get; init; } = "";
        public string? Workplace { get; init; }
        public List<string> Skills { get; init; } = [];
        public string LearningPointName { get; init; } = "";
        public string Status { get; init; } = "";
        public string Source { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public long ApprovedHalfHours { get; init; }
        public long Points { get; init; }
    }

    private sealed class RecordRow
    {
        public long Id { get; init; }
        public string VolunteerNo { get; init; } = "";
        public string Name { get; init; } = "";
        public string LearningPointName { get; init; } = "";
        public string? ActivityTitle { get; init; }
        public DateOnly ServiceDate { get; init; }
        public long HalfHours { get; init; }
        public string Content { get; init; } = "";
        public string Source { get; init; } = "";
        public string Status { get; init; } = "";
        public long? ReversesId { get; init; }
        public string? Reason { get; init; }
        public DateTimeOffset RecordedAt { get; init; }
        public DateTimeOffset? ReviewedAt { get; init; }
    }
}
