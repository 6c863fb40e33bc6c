using Volunteers.Core.Audit;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Activities;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.ServiceRecords;

public sealed class ServiceRecordData(Database db, TimeProvider clock)
{
    internal const string Select = """
        SELECT r.id, r.volunteer_id, v.name AS volunteer_name, r.learning_point_id, r.activity_id, a.title AS activity_title, r.batch_id,
               r.service_date, r.half_hours, r.content, r.status, r.reverses_id, x.id AS reversed_by_id, r.reason, r.recorded_by,
               r.recorded_at, r.reviewed_by, r.reviewed_at
        FROM service_records r
        JOIN volunteers v ON v.id = r.volunteer_id
        LEFT JOIN activities a ON a.id = r.activity_id
        LEFT JOIN service_records x ON x.reverses_id = r.id
        """;

    public ServiceRecord Record(Caller caller, NewServiceRecord input, IdempotencyKey? key) => db.WriteOnce(key, (c, t) =>
    {
        if (input.ActivityId is { } activityId) ActivityData.Reachable(c, t, caller, activityId);
        var (target, errors, conflict) = RecordingRules.Check(c, t, caller, input.VolunteerId, input.ServiceDate, input.Hours, clock);
        if (errors.Count > 0)
            throw conflict ? new DomainException(Problem.Conflict, errors[0].Message, errors) : DomainException.Invalid(errors);
        var id = Insert(c, t, caller, [(target!, Hours.ToHalfHours(input.Hours))], input.ActivityId, null, input.ServiceDate, input.Content.Trim(),
            clock.GetUtcNow())[0];
        AuditLog.Write(c, t, caller, "service-record.create", "service-record", id, new { input.VolunteerId, input.ActivityId, input.ServiceDate, input.Hours });
        return Find(c, t, id)!;
    }, clock);

    public ServiceRecord Get(Caller caller, long id) => db.Read(c => Reachable(c, null, caller, id));

    public Paged<ServiceRecord> List(Caller caller, ServiceRecordFilter filter, Paging paging)
    {
        var where = new List<string> { "1 = 1" };
        if (caller.ScopeFor(filter.LearningPointId) is not null) where.Add("r.learning_point_id = @point");
        if (filter.VolunteerId is not null) where.Add("r.volunteer_id = @VolunteerId");
        if (filter.Status is not null) where.Add("r.status = @Status");
        if (filter.From is not null) where.Add("r.service_date >= @From");
        if (filter.To is not null) where.Add("r.service_date <= @To");
        var clause = " WHERE " + string.Join(" AND ", where);
        var args = Parameters.Of(filter, new { point = caller.ScopeFor(filter.LearningPointId), limit = paging.PageSize, offset = paging.Offset });
        return db.Read(c => new Paged<ServiceRecord>(
            c.Query<ServiceRecord>(Select + clause + " ORDER BY r.id DESC LIMIT @limit OFFSET @offset", args).ToList(),
            paging.Page, paging.PageSize, c.ExecuteScalar<long>("SELECT count(*) FROM service_records r" + clause, args)));
    }

    /// <summary>
    /// Pending records of one day and content (one record, or a sign-in sheet's rows) through one prepared statement: the
    /// per-row cost is then SQLite's, not the mapper's.
    /// </summary>
    internal static List<long> Insert(SqliteConnection c, SqliteTransaction t, Caller caller, IReadOnlyList<(RecordingRules.Target Target, long HalfHours)> rows,
        long? activityId, long? batchId, DateOnly serviceDate, string content, DateTimeOffset now)
    {
        using var insert = c.CreateCommand();
        insert.Transaction = t;
        insert.CommandText = """
            INSERT INTO service_records (volunteer_id, learning_point_id, activity_id, batch_id, service_date, half_hours, content, status,
                                         recorded_by, recorded_at)
            VALUES ($volunteer, $point, $activity, $batch, $date, $halfHours, $content, 'pending', $by, $now)
            RETURNING id
            """;
        var volunteer = insert.Parameters.Add("$volunteer", SqliteType.Integer);
        var point = insert.Parameters.Add("$point", SqliteType.Integer);
        var halfHours = insert.Parameters.Add("$halfHours", SqliteType.Integer);
        insert.Parameters.AddWithValue("$activity", (object?)activityId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$batch", (object?)batchId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$date", serviceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$content", content);
        insert.Parameters.AddWithValue("$by", caller.AccountId);
        insert.Parameters.AddWithValue("$now", TypeHandlers.Format(now));
        insert.Prepare();
        var ids = new List<long>(rows.Count);
        foreach (var row in rows)
        {
            volunteer.Value = row.Target.VolunteerId;
            point.Value = row.Target.LearningPointId;
            halfHours.Value = row.HalfHours;
            ids.Add((long)insert.ExecuteScalar()!);
        }
        return ids;
    }

    internal static ServiceRecord? Find(SqliteConnection c, SqliteTransaction? t, long id) =>
        c.QuerySingleOrDefault<ServiceRecord>(Select + " WHERE r.id = @id", new { id }, t);

    internal static ServiceRecord Reachable(SqliteConnection c, SqliteTransaction? t, Caller caller, long id)
    {
        var record = Find(c, t, id);
        if (record is null || !caller.CanReach(record.LearningPointId)) throw DomainException.NotFound(Text.T("服务记录", "Service record"));
        return record;
    }
}
