using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;
using Volunteers.Core.Town;

namespace Volunteers.Core.Numbering;

/// <summary>
/// The one source of volunteer, certificate and proof numbers: a counter per town, kind and programme year (Asia/Shanghai),
/// taken inside the write's transaction, so two numbers never race and a number is never given twice. How a number reads
/// is the town's (its prefix and formats).
/// </summary>
public sealed class NumberSequences
{
    public string Next(DbConnection c, DbTransaction t, TownSettings town, NumberKind kind, int year)
    {
        var sequence = c.ExecuteScalar<long>("""
            INSERT INTO number_sequences (town_id, kind, year, last) VALUES (@town, @kind, @year, 1)
            ON CONFLICT (town_id, kind, year) DO UPDATE SET last = number_sequences.last + 1
            RETURNING last
            """, new { town = town.Id, kind = KindName(kind), year }, t);
        return town.Numbering.Format(kind, year, sequence);
    }

    /// <summary>A number for something issued at <paramref name="at"/>: the year is the one in Shanghai at that instant.</summary>
    public string Next(DbConnection c, DbTransaction t, TownSettings town, NumberKind kind, DateTimeOffset at) =>
        Next(c, t, town, kind, ShanghaiTime.YearOf(at));

    private static string KindName(NumberKind kind) => kind switch
    {
        NumberKind.Volunteer => "volunteer",
        NumberKind.Certificate => "certificate",
        _ => "service-proof",
    };
}
