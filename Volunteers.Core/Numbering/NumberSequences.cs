using System.Data.Common;
using Dapper;
using Volunteers.Core.Common;

namespace Volunteers.Core.Numbering;

/// <summary>
/// The one source of volunteer, certificate and proof numbers: a counter per kind and programme year (Asia/Shanghai), taken
/// inside the write's transaction, so two numbers never race and a number is never given twice.
/// </summary>
public sealed class NumberSequences(NumberingSettings settings)
{
    public string Next(DbConnection c, DbTransaction t, NumberKind kind, int year)
    {
        var sequence = c.ExecuteScalar<long>("""
            INSERT INTO number_sequences (kind, year, last) VALUES (@kind, @year, 1)
            ON CONFLICT (kind, year) DO UPDATE SET last = number_sequences.last + 1
            RETURNING last
            """, new { kind = KindName(kind), year }, t);
        return settings.Format(kind, year, sequence);
    }

    /// <summary>A number for something issued at <paramref name="at"/>: the year is the one in Shanghai at that instant.</summary>
    public string Next(DbConnection c, DbTransaction t, NumberKind kind, DateTimeOffset at) => Next(c, t, kind, ShanghaiTime.YearOf(at));

    public string Format(NumberKind kind, int year, long sequence) => settings.Format(kind, year, sequence);

    private static string KindName(NumberKind kind) => kind switch
    {
        NumberKind.Volunteer => "volunteer",
        NumberKind.Certificate => "certificate",
        _ => "service-proof",
    };
}
