using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Town;

namespace Volunteers.Core.LearningPoints;

public sealed class LearningPointQueries(Database db)
{
    private const string Columns = """
        p.id, p.town_id, p.code, p.name, p.kind, p.resident_population, p.created_at, p.updated_at, t.target_ratio, t.name AS town_name
        FROM learning_points p JOIN towns t ON t.id = p.town_id
        """;

    public LearningPoint Get(Caller caller, long id)
    {
        var point = Find(id);
        if (point is null || !caller.CanReach(point.Id)) throw NotFound();
        return point;
    }

    /// <summary>A point just created: the caller's set of reachable points was taken before it existed.</summary>
    internal LearningPoint? Find(long id) =>
        db.Read(c => c.QuerySingleOrDefault<Row>($"SELECT {Columns} WHERE p.id = @id", new { id }))?.ToModel();

    /// <summary>The points of one town, or of the whole district (<paramref name="townId"/> null), by town and code.</summary>
    public IReadOnlyList<LearningPoint> List(long? townId) => db.Read(c => c.Query<Row>(
        $"SELECT {Columns} WHERE @townId IS NULL OR p.town_id = @townId ORDER BY t.code, p.code", new { townId })).Select(r => r.ToModel()).ToList();

    public static DomainException NotFound() => DomainException.NotFound(Text.T("学习点", "Learning point"));

    /// <summary>
    /// A learning point named in a request body (a new volunteer's, activity's or account's): one that does not exist and one
    /// out of the caller's reach get the same answer, so a body never reveals another point.
    /// </summary>
    internal static void EnsureReachable(DbConnection c, DbTransaction t, Caller? caller, long pointId)
    {
        var exists = c.ExecuteScalar<long?>("SELECT id FROM learning_points WHERE id = @pointId", new { pointId }, t) is not null;
        if (!exists || (caller is not null && !caller.CanReach(pointId)))
            throw DomainException.Invalid("learningPointId", Text.T("学习点不存在", "The learning point does not exist"));
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long TownId { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public long ResidentPopulation { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public string TargetRatio { get; init; } = "";
        public string TownName { get; init; } = "";

        public LearningPoint ToModel() => new(Id, TownId, Code, Name, Kind, ResidentPopulation,
            Targets.For(ResidentPopulation, decimal.Parse(TargetRatio, System.Globalization.CultureInfo.InvariantCulture)), CreatedAt, UpdatedAt)
        {
            TownName = TownName,
        };
    }
}
