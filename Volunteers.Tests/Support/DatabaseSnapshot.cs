using System.Data.Common;
using System.Text.Json;
using Dapper;
using Volunteers.Core.Data;

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

    public static string Of(DbConnection c, DbTransaction? t = null)
    {
        if (c.State != System.Data.ConnectionState.Open) c.Open();
        return JsonSerializer.Serialize(Tables(c, t).ToDictionary(table => table, table => Rows(c, t, table)));
    }

    /// <summary>
    /// Changes whenever another connection has committed a write (and, on PostgreSQL, also after a write that was rolled back:
    /// the next transaction id moves on the first write of a transaction, not on reads).
    /// </summary>
    public static string ChangeMark(DbConnection c) => Dialect.IsPostgres(c)
        ? c.ExecuteScalar<string>("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")!
        : c.ExecuteScalar<long>("PRAGMA data_version").ToString();

    private static IEnumerable<string> Tables(DbConnection c, DbTransaction? t) => Dialect.IsPostgres(c)
        ? c.Query<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", transaction: t)
        : c.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", transaction: t);

    private static IEnumerable<string> Columns(DbConnection c, DbTransaction? t, string table) => Dialect.IsPostgres(c)
        ? c.Query<string>("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table ORDER BY ordinal_position", new { table }, t)
        : c.Query<string>("SELECT name FROM pragma_table_info(@table) ORDER BY cid", new { table }, t);

    private static List<object?[]> Rows(DbConnection c, DbTransaction? t, string table)
    {
        var columns = Columns(c, t, table).Where(column => !LeftOut.Contains((table, column))).Select(column => $"\"{column}\"").ToList();
        // PostgreSQL keeps no insertion order: every column, in turn, orders the rows.
        var order = Dialect.IsPostgres(c) ? string.Join(", ", Enumerable.Range(1, columns.Count)) : "rowid";
        using var read = c.CreateCommand();
        read.Transaction = t;
        read.CommandText = $"SELECT {string.Join(", ", columns)} FROM \"{table}\" ORDER BY {order}";
        using var reader = read.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }
}
