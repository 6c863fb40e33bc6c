using Volunteers.Core.Audit;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Volunteers;

public sealed record NewVolunteer(VolunteerInput Input, string Status, string Source, string? ConsentVersion);

public sealed class VolunteerData(Database db, PersonalDataProtector protector, TimeProvider clock)
{
    public const string NumberPrefix = "FH";

    internal const string Select = """
        SELECT v.id, v.volunteer_no, v.name, v.gender, v.mobile, v.id_number_masked, v.birth_date, v.category, v.workplace, v.skills,
               v.learning_point_id, p.name AS learning_point_name, v.status, v.source, v.consent_version, v.guardian_name,
               v.guardian_mobile, v.created_at, v.updated_at, v.erased_at
        FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id
        """;

    public Volunteer Create(Caller? caller, NewVolunteer created, IdempotencyKey? key = null, string? client = null)
    {
        var record = VolunteerRecord.From(created.Input, protector);
        var id = db.WriteOnce(key, (c, t) =>
        {
            EnsurePointReachable(c, t, caller, record.LearningPointId);
            Duplicates.EnsureFree(c, t, record, exceptId: null);
            var (id, number) = Insert(c, t, caller, record, created, clock.GetUtcNow());
            AuditLog.Write(c, t, caller, "volunteer.create", "volunteer", id,
                new { volunteerNo = number, record.LearningPointId, created.Status, created.Source }, client);
            return id;
        }, clock);
        return Get(caller, id);
    }

    /// <summary>Numbers and stores a checked record inside the caller's transaction.</summary>
    internal static (long Id, string VolunteerNo) Insert(SqliteConnection c, SqliteTransaction t, Caller? caller, VolunteerRecord record,
        NewVolunteer created, DateTimeOffset now)
    {
        var number = NextNumber(c, t, ShanghaiTime.YearOf(now));
        var id = Duplicates.Guard(() => c.ExecuteScalar<long>("""
            INSERT INTO volunteers (volunteer_no, name, gender, mobile, id_number_cipher, id_number_hash, id_number_masked, birth_date,
                category, workplace, skills, learning_point_id, status, source, consent_version, guardian_name, guardian_mobile,
                created_by, created_at, updated_at, status_changed_at)
            VALUES (@number, @Name, @Gender, @Mobile, @IdNumberCipher, @IdNumberHash, @IdNumberMasked, @BirthDate,
                @Category, @Workplace, @Skills, @LearningPointId, @status, @source, @consentVersion, @GuardianName, @GuardianMobile,
                @createdBy, @now, @now, @now)
            RETURNING id
            """, Parameters.Of(record, new
        {
            number,
            status = created.Status,
            source = created.Source,
            consentVersion = created.ConsentVersion,
            createdBy = caller?.AccountId,
            now,
        }), t));
        return (id, number);
    }

    /// <summary>The whole ID number, for a town administrator who states why; the reveal itself is audited.</summary>
    public string RevealIdNumber(Caller caller, long id, string reason) => db.Write((c, t) =>
    {
        if (!caller.IsTownAdmin) throw DomainException.Forbidden(Text.T("只有镇管理员可以查看完整身份证号码", "Only a town administrator may reveal an ID number"));
        var cipher = c.QuerySingleOrDefault<string?>("SELECT id_number_cipher FROM volunteers WHERE id = @id", new { id }, t);
        if (Find(c, t, id) is null) throw NotFound();
        if (cipher is null) throw DomainException.Conflict(Text.T("该志愿者没有登记身份证号码", "No ID number is registered for this volunteer"));
        AuditLog.Write(c, t, caller, "volunteer.reveal-id", "volunteer", id, new { reason });
        return protector.Decrypt(cipher);
    });

    public Volunteer Get(Caller? caller, long id)
    {
        var volunteer = db.Read(c => Find(c, null, id));
        if (volunteer is null || (caller is not null && !caller.CanReach(volunteer.LearningPointId))) throw NotFound();
        return volunteer;
    }

    public Paged<VolunteerSummary> List(Caller caller, VolunteerFilter filter, Paging paging)
    {
        var where = new List<string>();
        var args = new DynamicParameters();
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

    internal static Volunteer? Find(SqliteConnection c, SqliteTransaction? t, long id) =>
        c.QuerySingleOrDefault<Volunteer>(Select + " WHERE v.id = @id", new { id }, t);

    internal static void EnsurePointReachable(SqliteConnection c, SqliteTransaction t, Caller? caller, long pointId)
    {
        var exists = c.ExecuteScalar<long?>("SELECT id FROM learning_points WHERE id = @pointId", new { pointId }, t) is not null;
        if (!exists || (caller is not null && !caller.CanReach(pointId)))
            throw DomainException.Invalid("learningPointId", Text.T("学习点不存在", "The learning point does not exist"));
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

    private static string NextNumber(SqliteConnection c, SqliteTransaction t, int year)
    {
        var n = c.ExecuteScalar<long>("""
            INSERT INTO volunteer_number_seq (year, last) VALUES (@year, 1)
            ON CONFLICT (year) DO UPDATE SET last = last + 1
            RETURNING last
            """, new { year }, t);
        return $"{NumberPrefix}{year}-{n:0000}";
    }
}
