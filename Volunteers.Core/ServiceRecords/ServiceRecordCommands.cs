using Volunteers.Core.Town;
using System.Data;
using System.Data.Common;
using Dapper;
using Volunteers.Core.Activities;
using Volunteers.Core.Audit;
using Volunteers.Core.CheckIn;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.ServiceRecords;

public sealed class ServiceRecordCommands(Database db, TimeProvider clock)
{
    public ServiceRecord Record(Caller caller, NewServiceRecord input, IdempotencyKey? key) => db.WriteOnce(key, (c, t) =>
    {
        if (input.ActivityId is { } activityId) ActivityQueries.Reachable(c, t, caller, activityId);
        var (target, errors, conflict) = RecordingRules.Check(c, t, caller, input.VolunteerId, input.ServiceDate, input.Hours, clock);
        if (errors.Count > 0)
            throw RecordingRules.Refusal(errors, conflict);
        if (input.ActivityId is { } activity && CheckinRules.LiveRecords(c, t, activity, [input.VolunteerId], RecordSources.CheckIn).TryGetValue(input.VolunteerId, out var existing))
            throw RecordingRules.Refusal([CheckinRules.CountedTwice(existing)], stateConflict: true);
        var id = Insert(c, t, caller, [new NewRow(target!, Hours.ToHalfHours(input.Hours))], input.ActivityId, null, input.ServiceDate, input.Content.Trim(),
            clock.GetUtcNow(), RecordSources.Manual)[0];
        AuditLog.Write(c, t, TownQueries.OfVolunteer(c, t, input.VolunteerId), caller, "service-record.create", "service-record", id, new { input.VolunteerId, input.ActivityId, input.ServiceDate, input.Hours });
        return ServiceRecordQueries.Find(c, t, id)!;
    }, clock, TownQueries.TurnOfVolunteer(db, input.VolunteerId));

    internal sealed record NewRow(RecordingRules.Target Target, long HalfHours, long? CheckinId = null);

    /// <summary>
    /// Pending records of one day and content (one record, a sign-in sheet's rows, an activity's check-ins) through one
    /// prepared statement: the per-row cost is then SQLite's, not the mapper's.
    /// </summary>
    internal static List<long> Insert(DbConnection c, DbTransaction t, Caller caller, IReadOnlyList<NewRow> rows,
        long? activityId, long? batchId, DateOnly serviceDate, string content, DateTimeOffset now, string source)
    {
        using var insert = c.CreateCommand();
        insert.Transaction = t;
        insert.CommandText = """
            INSERT INTO service_records (volunteer_id, learning_point_id, activity_id, batch_id, service_date, half_hours, content, status,
                                         recorded_by, recorded_at, source, checkin_id)
            VALUES (@volunteer, @point, @activity, @batch, @date, @halfHours, @content, 'pending', @by, @now, @source, @checkin)
            RETURNING id
            """;
        DbParameter Add(string name, DbType type, object? value = null)
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameter.Value = value ?? DBNull.Value;
            insert.Parameters.Add(parameter);
            return parameter;
        }
        var volunteer = Add("volunteer", DbType.Int64);
        var point = Add("point", DbType.Int64);
        var halfHours = Add("halfHours", DbType.Int64);
        var checkin = Add("checkin", DbType.Int64);
        Add("source", DbType.String, source);
        Add("activity", DbType.Int64, activityId);
        Add("batch", DbType.Int64, batchId);
        Add("date", DbType.String, serviceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("content", DbType.String, content);
        Add("by", DbType.Int64, caller.AccountId);
        Add("now", DbType.String, TypeHandlers.Format(now));
        insert.Prepare();
        var ids = new List<long>(rows.Count);
        foreach (var row in rows)
        {
            volunteer.Value = row.Target.VolunteerId;
            point.Value = row.Target.LearningPointId;
            halfHours.Value = (long)row.HalfHours;
            checkin.Value = (object?)row.CheckinId ?? DBNull.Value;
            ids.Add(Convert.ToInt64(insert.ExecuteScalar()!));
        }
        return ids;
    }
}
