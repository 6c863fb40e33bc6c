using System.Data.Common;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Town;

namespace Volunteers.Core.LearningPoints;

public sealed class LearningPointCommands(Database db, LearningPointQueries points, TownQueries towns, TimeProvider clock)
{
    public LearningPoint Create(Caller caller, LearningPointInput input)
    {
        var town = towns.Resolve(caller, input.TownId);
        var id = db.Write((c, t) =>
        {
            EnsureCodeFree(c, t, town, input.Code, exceptId: null);
            var pointId = c.ExecuteScalar<long>("""
                INSERT INTO learning_points (town_id, code, name, kind, resident_population, created_at, updated_at)
                VALUES (@town, @Code, @Name, @Kind, @ResidentPopulation, @now, @now)
                RETURNING id
                """, new { town, input.Code, input.Name, input.Kind, input.ResidentPopulation, now = clock.GetUtcNow() }, t);
            AuditLog.Write(c, t, town, caller, "learning-point.create", "learning-point", pointId, input with { TownId = town });
            return pointId;
        });
        return points.Find(id)!;
    }

    public LearningPoint Update(Caller caller, long id, LearningPointInput input)
    {
        var town = points.Get(caller, id).TownId;
        db.Write((c, t) =>
        {
            EnsureCodeFree(c, t, town, input.Code, exceptId: id);
            var changed = c.Execute("""
                UPDATE learning_points SET code = @Code, name = @Name, kind = @Kind, resident_population = @ResidentPopulation, updated_at = @now
                WHERE id = @id
                """, new { id, input.Code, input.Name, input.Kind, input.ResidentPopulation, now = clock.GetUtcNow() }, t);
            if (changed == 0) throw LearningPointQueries.NotFound();
            AuditLog.Write(c, t, town, caller, "learning-point.update", "learning-point", id, input with { TownId = town });
        });
        return points.Get(caller, id);
    }

    private static void EnsureCodeFree(DbConnection c, DbTransaction t, long town, string code, long? exceptId)
    {
        var taken = c.ExecuteScalar<long?>("SELECT id FROM learning_points WHERE town_id = @town AND code = @code", new { town, code }, t);
        if (taken is not null && taken != exceptId)
            throw DomainException.Conflict(Text.T($"学习点编码 {code} 已被使用", $"Learning point code {code} is already used"), "code");
    }
}
