using Volunteers.Core.Common;
using Volunteers.Core.Audit;
using System.Globalization;
using Dapper;
using Volunteers.Core.Data;

namespace Volunteers.Core.Town;

public sealed class TownData(Database db, TimeProvider clock)
{
    public TownSettings Get() => db.Read(c => Map(c.QuerySingle<Row>(
        "SELECT name, resident_population, target_ratio, updated_at FROM town WHERE id = 1")));

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
        return Get();
    }

    private static TownSettings Map(Row r) =>
        new(r.Name, r.ResidentPopulation, decimal.Parse(r.TargetRatio, CultureInfo.InvariantCulture), r.UpdatedAt);

    private sealed class Row
    {
        public string Name { get; init; } = "";
        public long ResidentPopulation { get; init; }
        public string TargetRatio { get; init; } = "";
        public DateTimeOffset UpdatedAt { get; init; }
    }
}
