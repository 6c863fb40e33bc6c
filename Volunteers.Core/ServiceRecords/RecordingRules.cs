using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.ServiceRecords;

/// <summary>What must hold before hours are written for a volunteer on a day: checked against the stored state, in the write's transaction.</summary>
public static class RecordingRules
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public sealed record Target(long VolunteerId, long LearningPointId);

    public sealed class VolunteerState
    {
        public long Id { get; init; }
        public long LearningPointId { get; init; }
        public string Status { get; init; } = "";
        public string? ErasedAt { get; init; }
    }

    public sealed record Outcome(Target? Target, List<FieldError> Errors, bool StateConflict);

    public static Outcome Check(DbConnection c, DbTransaction t, Caller caller, long volunteerId, DateOnly serviceDate, decimal hours,
        TimeProvider clock, string prefix = "")
    {
        var states = States(c, t, [volunteerId]);
        var already = DayTotals(c, t, [volunteerId], serviceDate);
        return Evaluate(states.GetValueOrDefault(volunteerId), already.GetValueOrDefault(volunteerId), caller, volunteerId, serviceDate, hours, clock, prefix);
    }

    /// <summary>The volunteers of a sheet, read in one query rather than one per row.</summary>
    public static Dictionary<long, VolunteerState> States(DbConnection c, DbTransaction t, IReadOnlyCollection<long> ids) =>
        c.Query<VolunteerState>($"SELECT id, learning_point_id, status, erased_at FROM volunteers WHERE {Dialect.InList(c, "id", "@ids")}", new { ids }, t)
            .ToDictionary(v => v.Id);

    /// <summary>Half-hours already pending or approved on the day, per volunteer.</summary>
    public static Dictionary<long, long> DayTotals(DbConnection c, DbTransaction t, IReadOnlyCollection<long> ids, DateOnly serviceDate) =>
        c.Query<(long VolunteerId, long HalfHours)>($"""
            SELECT volunteer_id, sum(half_hours) FROM service_records
            WHERE service_date = @serviceDate AND {Dialect.InList(c, "volunteer_id", "@ids")} AND status IN ('pending', 'approved')
            GROUP BY volunteer_id
            """, new { ids, serviceDate }, t).ToDictionary(x => x.VolunteerId, x => x.HalfHours);

    /// <summary>
    /// The answer to refused hours: a 409 when only the volunteer's state stands in the way (withdrawn, not yet approved), so a
    /// client knows the request itself was right; otherwise a 400 naming every field.
    /// </summary>
    public static DomainException Refusal(IReadOnlyList<FieldError> errors, bool stateConflict) =>
        stateConflict ? new DomainException(Problem.Conflict, errors[0].Message, errors) : DomainException.Invalid(errors);

    /// <returns>The volunteer's learning point, or errors naming the fields under <paramref name="prefix"/>.</returns>
    public static Outcome Evaluate(VolunteerState? v, long alreadyHalfHours, Caller caller, long volunteerId, DateOnly serviceDate, decimal hours,
        TimeProvider clock, string prefix = "")
    {
        var errors = new List<FieldError>();
        var conflict = false;
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
            errors.Add(new(prefix + "hours", Hours.InvalidMessage()));
        if (serviceDate > ShanghaiTime.Today(clock))
            errors.Add(new(prefix + "serviceDate", Text.T("服务日期不能晚于今天", "The service date cannot be in the future")));
        if (serviceDate < Earliest)
            errors.Add(new(prefix + "serviceDate", Text.T("服务日期不能早于 2000 年", "The service date cannot be before 2000")));

        if (errors.Count == 0 && alreadyHalfHours + Hours.ToHalfHours(hours) > Hours.ToHalfHours(Hours.MaxPerDay))
            errors.Add(new(prefix + "hours", Text.T(
                $"同一志愿者同一天的服务时长合计不能超过 24 小时（当天已记录 {Hours.FromHalfHours(alreadyHalfHours)} 小时）",
                $"A volunteer's hours on one day cannot exceed 24 ({Hours.FromHalfHours(alreadyHalfHours)} already recorded)")));
        return new Outcome(errors.Count == 0 ? new Target(volunteerId, v!.LearningPointId) : null, errors, conflict);
    }
}
