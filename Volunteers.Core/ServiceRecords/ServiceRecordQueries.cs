using Volunteers.Core.Town;
using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.ServiceRecords;

public sealed class ServiceRecordQueries(Database db)
{
    internal const string Select = """
        SELECT r.id, r.volunteer_id, v.name AS volunteer_name, r.learning_point_id, r.activity_id, a.title AS activity_title, r.batch_id, r.source, r.checkin_id,
               r.service_date, r.half_hours, r.content, r.status, r.reverses_id, x.id AS reversed_by_id, r.reason, r.recorded_by,
               r.recorded_at, r.reviewed_by, r.reviewed_at
        FROM service_records r
        JOIN volunteers v ON v.id = r.volunteer_id
        LEFT JOIN activities a ON a.id = r.activity_id
        LEFT JOIN service_records x ON x.reverses_id = r.id
        """;

    public ServiceRecord Get(Caller caller, long id) => db.Read(c => Reachable(c, null, caller, id));

    public Paged<ServiceRecord> List(Caller caller, ServiceRecordFilter filter, Paging paging)
    {
        var where = new List<string> { "1 = 1" };
        if (caller.TownScope is not null) where.Add(TownQueries.PointInTown("r.learning_point_id"));
        if (caller.ScopeFor(filter.LearningPointId) is not null) where.Add("r.learning_point_id = @point");
        if (filter.VolunteerId is not null) where.Add("r.volunteer_id = @VolunteerId");
        if (filter.Status is not null) where.Add("r.status = @Status");
        if (filter.From is not null) where.Add("r.service_date >= @From");
        if (filter.To is not null) where.Add("r.service_date <= @To");
        var clause = " WHERE " + string.Join(" AND ", where);
        var args = Parameters.Of(filter, new { town = caller.TownScope, point = caller.ScopeFor(filter.LearningPointId), limit = paging.PageSize, offset = paging.Offset });
        return db.Read(c => new Paged<ServiceRecord>(
            c.Query<ServiceRecord>(Select + clause + " ORDER BY r.id DESC LIMIT @limit OFFSET @offset", args).ToList(),
            paging.Page, paging.PageSize, c.ExecuteScalar<long>("SELECT count(*) FROM service_records r" + clause, args)));
    }

    internal static ServiceRecord? Find(DbConnection c, DbTransaction? t, long id) =>
        c.QuerySingleOrDefault<ServiceRecord>(Select + " WHERE r.id = @id", new { id }, t);

    /// <summary>The one check of whether a caller may reach a service record: one of their point, or any for the town.</summary>
    internal static ServiceRecord Reachable(DbConnection c, DbTransaction? t, Caller caller, long id)
    {
        var record = Find(c, t, id);
        if (record is null || !caller.CanReach(record.LearningPointId)) throw DomainException.NotFound(Text.T("服务记录", "Service record"));
        return record;
    }
}
