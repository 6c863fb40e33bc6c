using Volunteers.Core.Town;
using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Volunteers;

public sealed class VolunteerQueries(Database db, PersonalDataProtector protector)
{
    internal const string Select = """
        SELECT v.id, v.volunteer_no, v.name, v.gender, v.mobile, v.id_number_masked, v.birth_date, v.category, v.workplace, v.skills,
               v.learning_point_id, p.name AS learning_point_name, v.status, v.source, v.consent_version, v.guardian_name,
               v.guardian_mobile, v.created_at, v.updated_at, v.erased_at
        FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id
        """;

    /// <summary>A volunteer the caller may see (the public form, with no caller, sees the one it just registered).</summary>
    public Volunteer Get(Caller? caller, long id) => db.Read(c => caller is null ? Find(c, null, id) ?? throw NotFound() : Reachable(c, null, caller, id));

    public Paged<VolunteerSummary> List(Caller caller, VolunteerFilter filter, Paging paging)
    {
        var where = new List<string>();
        var args = new DynamicParameters();
        if (caller.TownScope is { } town) { where.Add(TownQueries.PointInTown("v.learning_point_id")); args.Add("town", town); }
        if (caller.ScopeFor(filter.LearningPointId) is { } pointId) { where.Add("v.learning_point_id = @pointId"); args.Add("pointId", pointId); }
        if (filter.Status is not null) { where.Add("v.status = @status"); args.Add("status", filter.Status); }
        if (filter.Category is not null) { where.Add("v.category = @category"); args.Add("category", filter.Category); }
        if (!string.IsNullOrWhiteSpace(filter.Query)) AddQuery(filter.Query.Trim(), where, args);
        var clause = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        args.Add("limit", paging.PageSize);
        args.Add("offset", paging.Offset);
        return db.Read(c =>
        {
            var total = c.ExecuteScalar<long>("SELECT count(*) FROM volunteers v" + clause, args);
            var items = c.Query<Volunteer>(Select + clause + " ORDER BY v.id LIMIT @limit OFFSET @offset", args)
                .Select(VolunteerSummary.From).ToList();
            return new Paged<VolunteerSummary>(items, paging.Page, paging.PageSize, total);
        });
    }

    internal static Volunteer? Find(DbConnection c, DbTransaction? t, long id) =>
        c.QuerySingleOrDefault<Volunteer>(Select + " WHERE v.id = @id", new { id }, t);

    /// <summary>The one check of whether a caller may reach a volunteer: one who does not exist and one out of reach answer alike.</summary>
    internal static Volunteer Reachable(DbConnection c, DbTransaction? t, Caller caller, long id)
    {
        var volunteer = Find(c, t, id);
        if (volunteer is null || !caller.CanReach(volunteer.LearningPointId)) throw NotFound();
        return volunteer;
    }

    public static DomainException NotFound() => DomainException.NotFound(Text.T("志愿者", "Volunteer"));

    private void AddQuery(string q, List<string> where, DynamicParameters args)
    {
        var id = ResidentId.Normalize(q);
        if (ResidentId.HasValidShape(id)) { where.Add("v.id_number_hash = @idHash"); args.Add("idHash", protector.LookupHash(id)); return; }
        var conditions = new List<string> { "v.name LIKE @like ESCAPE '\\'", "v.volunteer_no = @exact" };
        if (MobileNumber.Normalize(q) is { } mobile) { conditions.Add("v.mobile = @mobile"); args.Add("mobile", mobile); }
        where.Add("(" + string.Join(" OR ", conditions) + ")");
        args.Add("like", "%" + q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        args.Add("exact", q.ToUpperInvariant());
    }
}
