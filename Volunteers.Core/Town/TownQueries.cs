using System.Globalization;
using Dapper;
using Volunteers.Core.Data;

namespace Volunteers.Core.Town;

public sealed class TownQueries(Database db)
{
    public TownSettings Get() => db.Read(c => Map(c.QuerySingle<Row>(
        "SELECT name, resident_population, target_ratio, updated_at FROM town WHERE id = 1")));

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
