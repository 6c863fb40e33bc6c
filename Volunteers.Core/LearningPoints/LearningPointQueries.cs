using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Town;

namespace Volunteers.Core.LearningPoints;

public sealed class LearningPointQueries(Database db, TownQueries town)
{
    private const string Columns = "id, code, name, kind, resident_population, created_at, updated_at";

    public LearningPoint Get(Caller caller, long id)
    {
        var ratio = town.Get().TargetRatio;
        var point = db.Read(c => c.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM learning_points WHERE id = @id", new { id }))?.ToModel(ratio);
        if (point is null || !caller.CanReach(point.Id)) throw NotFound();
        return point;
    }

    public IReadOnlyList<LearningPoint> List()
    {
        var ratio = town.Get().TargetRatio;
        return db.Read(c => c.Query<Row>($"SELECT {Columns} FROM learning_points ORDER BY code")).Select(r => r.ToModel(ratio)).ToList();
    }

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
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public long ResidentPopulation { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }

        public LearningPoint ToModel(decimal ratio) =>
            new(Id, Code, Name, Kind, ResidentPopulation, Targets.For(ResidentPopulation, ratio), CreatedAt, UpdatedAt);
    }
}
