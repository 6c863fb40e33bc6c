using System.Data.Common;
using System.Globalization;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Town;

public sealed class TownQueries(Database db)
{
    private const string Columns = """
        id, code, name, resident_population, target_ratio, volunteer_no_prefix, issuer, certificate_number_format,
        proof_number_format, updated_at
        """;

    public TownSettings Get(long id) => db.Read(c => Find(c, null, id)) ?? throw NotFound();

    /// <summary>The town <paramref name="caller"/> acts in (see <see cref="Resolve"/>).</summary>
    public TownSettings Get(Caller? caller, long? requested) => Get(Resolve(caller, requested));

    public IReadOnlyList<TownSettings> List() =>
        db.Read(c => c.Query<Row>($"SELECT {Columns} FROM towns ORDER BY code").Select(Map).ToList());

    /// <summary>
    /// The town a request acts in: a town's own staff always their own (another named town is absent to them); the public
    /// and a district administrator the one named, or — while the district has one town — that town, so single-town
    /// clients need not name it.
    /// </summary>
    public long Resolve(Caller? caller, long? requested) => db.Read(c => Resolve(c, null, caller, requested));

    /// <inheritdoc cref="Resolve(Caller?, long?)"/>
    public static long Resolve(DbConnection c, DbTransaction? t, Caller? caller, long? requested)
    {
        if (caller is { IsDistrictAdmin: false, TownId: { } own })
            return requested is null || requested == own ? own : throw NotFound();
        requested ??= caller?.TownId;
        if (requested is { } id)
            return c.ExecuteScalar<long?>("SELECT id FROM towns WHERE id = @id", new { id }, t) ?? throw NotFound();
        var towns = c.Query<long>("SELECT id FROM towns ORDER BY id LIMIT 2", transaction: t).ToList();
        return towns.Count == 1 ? towns[0] : throw DomainException.Invalid("townId",
            Text.T("本区有多个镇（街道），请用 townId 指明是哪一个", "The district has several towns: name one with townId"));
    }

    public static TownSettings? Find(DbConnection c, DbTransaction? t, long id) =>
        c.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM towns WHERE id = @id", new { id }, t) is { } row ? Map(row) : null;

    /// <summary>The town a learning point belongs to.</summary>
    public static long OfPoint(DbConnection c, DbTransaction? t, long learningPointId) =>
        c.ExecuteScalar<long>("SELECT town_id FROM learning_points WHERE id = @learningPointId", new { learningPointId }, t);

    /// <summary>The town a volunteer belongs to, through their learning point.</summary>
    public static long OfVolunteer(DbConnection c, DbTransaction? t, long volunteerId) => c.ExecuteScalar<long>(
        "SELECT p.town_id FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id WHERE v.id = @volunteerId",
        new { volunteerId }, t);

    /// <summary>
    /// The town whose turn a write about <paramref name="learningPointId"/> takes, read before it begins (a point never
    /// changes town); null when there is no such point, so the write runs in the district's turn and refuses it. SQLite's
    /// one writer holds every turn already: there it costs no read.
    /// </summary>
    public static long? TurnOfPoint(Database db, long learningPointId) =>
        Turn(db, "SELECT town_id FROM learning_points WHERE id = @id", learningPointId);

    /// <summary>As <see cref="TurnOfPoint"/>, for a volunteer: a transfer to another town takes both towns' turns.</summary>
    public static long? TurnOfVolunteer(Database db, long volunteerId) =>
        Turn(db, "SELECT p.town_id FROM volunteers v JOIN learning_points p ON p.id = v.learning_point_id WHERE v.id = @id", volunteerId);

    /// <summary>As <see cref="TurnOfPoint"/>, for a service record (the town of the point it was recorded at).</summary>
    public static long? TurnOfRecord(Database db, long recordId) =>
        Turn(db, "SELECT p.town_id FROM service_records r JOIN learning_points p ON p.id = r.learning_point_id WHERE r.id = @id", recordId);

    /// <summary>As <see cref="TurnOfPoint"/>, for an award (the town whose selection granted it).</summary>
    public static long? TurnOfAward(Database db, long awardId) => Turn(db, "SELECT town_id FROM awards WHERE id = @id", awardId);

    /// <summary>As <see cref="TurnOfPoint"/>, for an activity.</summary>
    public static long? TurnOfActivity(Database db, long activityId) => Turn(db, "SELECT town_id FROM activities WHERE id = @id", activityId);

    /// <summary>The town a caller's write takes the turn of when it names none: their own, or the district's named or only one.</summary>
    public static long? TurnOf(Database db, Caller caller) =>
        db.Provider == DatabaseProvider.Sqlite ? null : db.Read(c => Resolve(c, null, caller, null));

    private static long? Turn(Database db, string sql, long id) =>
        db.Provider == DatabaseProvider.Sqlite ? null : db.Read(c => c.ExecuteScalar<long?>(sql, new { id }));

    /// <summary>The town of a learning point, or null when there is no such point.</summary>
    public TownSettings? ForPoint(long learningPointId) => db.Read(c =>
        c.ExecuteScalar<long?>("SELECT town_id FROM learning_points WHERE id = @learningPointId", new { learningPointId }) is { } town
            ? Find(c, null, town)
            : null);

    /// <summary>The town of a volunteer.</summary>
    public TownSettings OfVolunteer(long volunteerId) => Get(db.Read(c => OfVolunteer(c, null, volunteerId)));

    /// <summary>The town an activity belongs to.</summary>
    public static long OfActivity(DbConnection c, DbTransaction? t, long activityId) =>
        c.ExecuteScalar<long>("SELECT town_id FROM activities WHERE id = @activityId", new { activityId }, t);

    /// <summary>The learning points of a town: what its administrator can reach.</summary>
    public IReadOnlySet<long> PointsOf(long townId) =>
        db.Read(c => c.Query<long>("SELECT id FROM learning_points WHERE town_id = @townId", new { townId }).ToHashSet());

    /// <summary>SQL: the learning point in <paramref name="column"/> is one of town <c>@town</c>'s — how a list keeps to a town.</summary>
    public static string PointInTown(string column) => $"{column} IN (SELECT id FROM learning_points WHERE town_id = @town)";

    public static DomainException NotFound() => DomainException.NotFound(Text.T("镇（街道）", "Town"));

    private static TownSettings Map(Row r) => new(r.Id, r.Code, r.Name, r.ResidentPopulation,
        decimal.Parse(r.TargetRatio, CultureInfo.InvariantCulture), r.VolunteerNoPrefix, r.Issuer, r.CertificateNumberFormat,
        r.ProofNumberFormat, r.UpdatedAt);

    private sealed class Row
    {
        public long Id { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public long ResidentPopulation { get; init; }
        public string TargetRatio { get; init; } = "";
        public string VolunteerNoPrefix { get; init; } = "";
        public string Issuer { get; init; } = "";
        public string CertificateNumberFormat { get; init; } = "";
        public string ProofNumberFormat { get; init; } = "";
        public DateTimeOffset UpdatedAt { get; init; }
    }
}
