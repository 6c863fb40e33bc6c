using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Common;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.ServiceRecords;

/// <summary>What must hold before hours are written for a volunteer on a day: checked against the stored state, in the write's transaction.</summary>
public static class RecordingRules
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public sealed record Target(long VolunteerId, long LearningPointId);

    /// <returns>The volunteer's learning point, or errors naming the fields under <paramref name="prefix"/>.</returns>
    public static (Target? Target, List<FieldError> Errors, bool StateConflict) Check(SqliteConnection c, SqliteTransaction t, Caller caller,
        long volunteerId, DateOnly serviceDate, decimal hours, TimeProvider clock, string prefix = "")
    {
        var errors = new List<FieldError>();
        var conflict = false;
        var v = c.QuerySingleOrDefault<VolunteerState>(
            "SELECT learning_point_id, status, erased_at FROM volunteers WHERE id = @volunteerId", new { volunteerId }, t);
        if (v is null || !caller.CanReach(v.LearningPointId))
            errors.Add(new(prefix + "volunteerId", Text.T("志愿者不存在", "The volunteer does not exist")));
        else if (v.Status == Statuses.Withdrawn || v.ErasedAt is not null)
        {
            errors.Add(new(prefix + "volunteerId", Text.T("该志愿者已退出，不能再记录服务时长", "The volunteer has withdrawn; no hours can be recorded")));
            conflict = true;
        }
        else if (v.Status == Statuses.Pending)
        {
            errors.Add(new(prefix + "volunteerId", Text.T("该志愿者的登记尚未审核通过，请先审核", "The volunteer's registration is not approved yet")));
            conflict = true;
        }

        if (!Hours.IsValid(hours))
            errors.Add(new(prefix + "hours", Text.T("服务时长须为 0.5 的整数倍，且在 0.5 到 12 小时之间", "Hours are a multiple of 0.5 from 0.5 to 12")));
        if (serviceDate > ShanghaiTime.Today(clock))
            errors.Add(new(prefix + "serviceDate", Text.T("服务日期不能晚于今天", "The service date cannot be in the future")));
        if (serviceDate < Earliest)
            errors.Add(new(prefix + "serviceDate", Text.T("服务日期不能早于 2000 年", "The service date cannot be before 2000")));

        if (errors.Count == 0)
        {
            var already = c.ExecuteScalar<long>("""
                SELECT coalesce(sum(half_hours), 0) FROM service_records
                WHERE volunteer_id = @volunteerId AND service_date = @serviceDate AND status IN ('pending', 'approved')
                """, new { volunteerId, serviceDate }, t);
            if (already + Hours.ToHalfHours(hours) > Hours.ToHalfHours(Hours.MaxPerDay))
                errors.Add(new(prefix + "hours", Text.T(
                    $"同一志愿者同一天的服务时长合计不能超过 24 小时（当天已记录 {Hours.FromHalfHours(already)} 小时）",
                    $"A volunteer's hours on one day cannot exceed 24 ({Hours.FromHalfHours(already)} already recorded)")));
        }
        return (errors.Count == 0 ? new Target(volunteerId, v!.LearningPointId) : null, errors, conflict);
    }

    private sealed class VolunteerState
    {
        public long LearningPointId { get; init; }
        public string Status { get; init; } = "";
        public string? ErasedAt { get; init; }
    }
}
