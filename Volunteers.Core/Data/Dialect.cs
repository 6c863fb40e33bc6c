using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Volunteers.Core.Data;

/// <summary>Where SQLite and PostgreSQL differ, for the SQL and the errors that the rest of Core shares.</summary>
public static class Dialect
{
    public static bool IsPostgres(DbConnection connection) => connection is NpgsqlConnection;

    /// <summary>Whether <paramref name="text"/> holds <paramref name="part"/>, literally (no LIKE wildcards).</summary>
    public static string Contains(DbConnection connection, string text, string part) =>
        IsPostgres(connection) ? $"strpos({text}, {part}) > 0" : $"instr({text}, {part}) > 0";

    /// <summary>
    /// <paramref name="column"/> is one of the list <paramref name="parameter"/> holds. Dapper spreads a list into
    /// <c>IN (@p1, @p2…)</c> for SQLite but sends PostgreSQL one array parameter, which needs <c>= ANY</c>.
    /// </summary>
    public static string InList(DbConnection connection, string column, string parameter) =>
        IsPostgres(connection) ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    /// <summary>The month (1–12) in China Standard Time of an instant stored as ISO-8601 UTC text.</summary>
    public static string ShanghaiMonth(DbConnection connection, string instant) =>
        IsPostgres(connection)
            ? $"CAST(extract(month FROM (CAST({instant} AS timestamptz) AT TIME ZONE 'Asia/Shanghai')) AS INTEGER)"
            : $"CAST(strftime('%m', {instant}, '+8 hours') AS INTEGER)";

    /// <summary>A unique index or constraint refused the row; <paramref name="constraint"/> names it (SQLite: its columns).</summary>
    public static bool IsUniqueViolation(DbException e, out string constraint)
    {
        switch (e)
        {
            case SqliteException s when s.SqliteExtendedErrorCode is 2067 or 1555: // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
                constraint = s.Message;
                return true;
            case PostgresException p when p.SqlState == PostgresErrorCodes.UniqueViolation:
                constraint = p.ConstraintName ?? "";
                return true;
            default:
                constraint = "";
                return false;
        }
    }

    /// <summary>The storage cannot take the write now (full or read-only disk, the server gone, busy): worth a retry later.</summary>
    public static bool IsStorageFault(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode is 5 or 6 or 8 or 10 or 13 or 14, // BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) // connection
                               || p.SqlState.StartsWith("53", StringComparison.Ordinal) // disk full, out of memory, too many connections
                               || p.SqlState.StartsWith("57P", StringComparison.Ordinal) // shutting down, cannot connect now
                               || p.SqlState is PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.IoError,
        NpgsqlException n => n.IsTransient,
        WriterTurnTimeout => true,
        _ => false,
    };
}
