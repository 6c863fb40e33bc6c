using Volunteers.Core.Audit;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Town;

namespace Volunteers.Core.LearningPoints;

public sealed class LearningPointData(Database db, TownData town, TimeProvider clock)
{
    private const string Columns = "id, code, name, kind, resident_population, created_at, updated_at";

    public LearningPoint Create(Caller caller, LearningPointInput input)
    {
        var id = db.Write((c, t) =>
        {
            EnsureCodeFree(c, t, input.Code, exceptId: null);
            var pointId = c.ExecuteScalar<long>($"""
                INSERT INTO learning_points (code, name, kind, resident_population, created_at, updated_at)
                VALUES (@Code, @Name, @Kind, @ResidentPopulation, @now, @now)
                RETURNING id
                """, new { input.Code, input.Name, input.Kind, input.ResidentPopulation, now = clock.GetUtcNow() }, t);
            AuditLog.Write(c, t, caller, "learning-point.create", "learning-point", pointId, input);
            return pointId;
        });
        return Get(id)!;
    }

    public LearningPoint Update(Caller caller, long id, LearningPointInput input)
    {
        db.Write((c, t) =>
        {
            EnsureCodeFree(c, t, input.Code, exceptId: id);
            var changed = c.Execute("""
                UPDATE learning_points SET code = @Code, name = @Name, kind = @Kind, resident_population = @ResidentPopulation, updated_at = @now
                WHERE id = @id
                """, new { id, input.Code, input.Name, input.Kind, input.ResidentPopulation, now = clock.GetUtcNow() }, t);
            if (changed == 0) throw NotFound();
            AuditLog.Write(c, t, caller, "learning-point.update", "learning-point", id, input);
        });
        return Get(id)!;
    }

    public LearningPoint? Get(long id)
    {
        var ratio = town.Get().TargetRatio;
        return db.Read(c => c.QuerySingleOrDefault<Row>($"SELECT {Columns} FROM learning_points WHERE id = @id", new { id }))
            ?.ToModel(ratio);
    }

    public IReadOnlyList<LearningPoint> List()
    {
        var ratio = town.Get().TargetRatio;
        return db.Read(c => c.Query<Row>($"SELECT {Columns} FROM learning_points ORDER BY code")).Select(r => r.ToModel(ratio)).ToList();
    }

    public static DomainException NotFound() => DomainException.NotFound(Text.T("学习点", "Learning point"));

    private static void EnsureCodeFree(SqliteConnection c, SqliteTransaction t, string code, long? exceptId)
    {
        var taken = c.ExecuteScalar<long?>("SELECT id FROM learning_points WHERE code = @code", new { code }, t);
        if (taken is not null && taken != exceptId)
            throw DomainException.Conflict(Text.T($"学习点编码 {code} 已被使用", $"Learning point code {code} is already used"), "code");
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
