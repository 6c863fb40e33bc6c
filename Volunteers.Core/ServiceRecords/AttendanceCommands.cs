using Volunteers.Core.Town;
using Volunteers.Core.Audit;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.CheckIn;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.ServiceRecords;

/// <summary>A paper sign-in sheet entered as one batch: every entry is written, or none.</summary>
public sealed class AttendanceCommands(Database db, TimeProvider clock)
{
    public const int MaxEntries = 1000;

    public AttendanceResult Record(Caller caller, long activityId, IReadOnlyList<AttendanceEntry> entries, IdempotencyKey? key) => db.WriteOnce(key, (c, t) =>
    {
        var activity = ActivityQueries.Reachable(c, t, caller, activityId);
        var errors = new List<FieldError>();
        var onlyStateConflicts = true;
        var rows = new List<ServiceRecordCommands.NewRow>();
        var seen = new HashSet<long>();
        var ids = entries.Select(e => e.VolunteerId).Distinct().ToList();
        var states = RecordingRules.States(c, t, ids);
        var dayTotals = RecordingRules.DayTotals(c, t, ids, activity.Date);
        var fromCheckins = CheckinRules.LiveRecords(c, t, activityId, ids, RecordSources.CheckIn);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var prefix = $"entries[{i}].";
            if (!seen.Add(entry.VolunteerId))
            {
                errors.Add(new(prefix + "volunteerId", Text.T("同一名志愿者在签到表中出现了两次", "The volunteer appears twice in the sheet")));
                onlyStateConflicts = false;
                continue;
            }
            var (target, problems, stateConflict) = RecordingRules.Evaluate(states.GetValueOrDefault(entry.VolunteerId), dayTotals.GetValueOrDefault(entry.VolunteerId),
                caller, entry.VolunteerId, activity.Date, entry.Hours, clock, prefix);
            errors.AddRange(problems);
            if (problems.Count > 0 && !stateConflict) onlyStateConflicts = false;
            // A conflict with what is stored, not a mistake in the sheet: on its own it is a 409.
            if (fromCheckins.TryGetValue(entry.VolunteerId, out var existing)) errors.Add(CheckinRules.CountedTwice(existing, prefix + "volunteerId"));
            if (target is not null) rows.Add(new(target, Hours.ToHalfHours(entry.Hours)));
        }
        if (errors.Count > 0) throw RecordingRules.Refusal(errors, onlyStateConflicts);

        var now = clock.GetUtcNow();
        var batchId = c.ExecuteScalar<long>("""
            INSERT INTO attendance_batches (activity_id, entries, created_by, created_at) VALUES (@activityId, @count, @by, @now) RETURNING id
            """, new { activityId, count = entries.Count, by = caller.AccountId, now }, t);
        var created = ServiceRecordCommands.Insert(c, t, caller, rows, activityId, batchId, activity.Date, activity.Title, now, RecordSources.Sheet);
        AuditLog.Write(c, t, TownQueries.OfActivity(c, t, activityId), caller, "attendance.create", "activity", activityId, new { batchId, entries = created.Count });
        return new AttendanceResult(batchId, created);
    }, clock, TownQueries.TurnOfActivity(db, activityId));
}
