using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Volunteers.Tests.Support;

/// <summary>
/// Every column of every row of every table as JSON, which keeps NULL apart from '', a number apart from its text and a comma
/// inside a value apart from the next column: two snapshots are equal only when the stored state is.
/// </summary>
public static class DatabaseSnapshot
{
    // A token's last use is noted at most once a minute on whatever request presents it, refused or not: it says the token
    // was shown, not that the request changed anything, and no aggregate is computed from it (so it leaves write_generation alone).
    private static readonly HashSet<(string Table, string Column)> LeftOut = [("account_tokens", "last_used_at")];

    public static string Of(SqliteConnection c, SqliteTransaction? t = null) => JsonSerializer.Serialize(
        c.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", transaction: t)
            .ToDictionary(table => table, table => Rows(c, t, table)));

    private static List<object?[]> Rows(SqliteConnection c, SqliteTransaction? t, string table)
    {
        var columns = c.Query<string>("SELECT name FROM pragma_table_info(@table) ORDER BY cid", new { table }, t)
            .Where(column => !LeftOut.Contains((table, column)))
            .Select(column => $"\"{column}\"");
        using var read = c.CreateCommand();
        read.Transaction = t;
        read.CommandText = $"SELECT {string.Join(", ", columns)} FROM \"{table}\" ORDER BY rowid";
        using var reader = read.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }
}
