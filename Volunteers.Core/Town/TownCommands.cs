using System.Globalization;
using Dapper;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Town;

public sealed class TownCommands(Database db, TownQueries town, TimeProvider clock)
{
    public TownSettings Update(Caller caller, string name, long residentPopulation, decimal targetRatio)
    {
        db.Write((c, t) =>
        {
            AuditLog.Write(c, t, caller, "town.update", "town", 1, new { name, residentPopulation, targetRatio });
            c.Execute("""
                UPDATE town SET name = @name, resident_population = @residentPopulation, target_ratio = @ratio, updated_at = @now
                WHERE id = 1
                """, new { name, residentPopulation, ratio = targetRatio.ToString(CultureInfo.InvariantCulture), now = clock.GetUtcNow() }, t);
        });
        return town.Get();
    }
}
