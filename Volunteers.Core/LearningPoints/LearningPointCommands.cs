using System.Data.Common;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.LearningPoints;

public sealed class LearningPointCommands(Database db, LearningPointQueries points, TimeProvider clock)
{
    public LearningPoint Create(Caller caller, LearningPointInput input)
    {
        var id = db.Write((c, t) =>
        {
            EnsureCodeFree(c, t, input.Code, exceptId: null);
            var pointId = c.ExecuteScalar<long>("""
                INSERT INTO learning_points (code, name, kind, resident_population, created_at, updated_at)
                VALUES (@Code, @Name, @Kind, @ResidentPopulation, @now, @now)
                RETURNING id
                """, new { input.Code, input.Name, input.Kind, input.ResidentPopulation, now = clock.GetUtcNow() }, t);
            AuditLog.Write(c, t, caller, "learning-point.create", "learning-point", pointId, input);
            return pointId;
        });
        return points.Get(caller, id);
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
            if (changed == 0) throw LearningPointQueries.NotFound();
            AuditLog.Write(c, t, caller, "learning-point.update", "learning-point", id, input);
        });
        return points.Get(caller, id);
    }

    private static void EnsureCodeFree(DbConnection c, DbTransaction t, string code, long? exceptId)
    {
        var taken = c.ExecuteScalar<long?>("SELECT id FROM learning_points WHERE code = @code", new { code }, t);
        if (taken is not null && taken != exceptId)
            throw DomainException.Conflict(Text.T($"学习点编码 {code} 已被使用", $"Learning point code {code} is already used"), "code");
    }
}
