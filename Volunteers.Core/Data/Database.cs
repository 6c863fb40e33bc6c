using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Volunteers.Core.Data;

/// <summary>The one place that knows how to reach the SQLite file: one short-lived connection per operation.</summary>
public sealed class Database
{
    private readonly string _connectionString;

    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        TypeHandlers.Register();
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Settings stay with the underlying handle, which the pool hands out again: set them once per handle, not per operation.
        if (Configured.TryGetValue(connection.Handle!, out _)) return connection;
        using var pragmas = connection.CreateCommand();
        // synchronous=FULL: an acknowledged write survives a power cut, not only a process crash.
        // secure_delete=FAST: the old copy of an updated or deleted row is zeroed within its page at no extra I/O, so
        // personal data erased on request does not linger in the file's free space.
        pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA secure_delete = FAST;";
        pragmas.ExecuteNonQuery();
        Configured.AddOrUpdate(connection.Handle!, Marker);
        return connection;
    }

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = new();
    private static readonly object Marker = new();

    /// <summary>Runs <paramref name="work"/> in a write transaction taken up front, so concurrent writers queue instead of failing on upgrade.</summary>
    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var result = work(connection, transaction);
        MarkChanged(connection, transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>
    /// A write of bookkeeping that no aggregate is computed from, such as when a token was last used: unlike <see cref="Write{T}"/>
    /// it leaves the write generation alone, so an active client does not throw every cached aggregate away once a minute.
    /// </summary>
    public void WriteBookkeeping(Action<SqliteConnection, SqliteTransaction> work)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        work(connection, transaction);
        transaction.Commit();
    }

    /// <summary>For a write that manages its own transaction: lets cached aggregates know they are stale.</summary>
    public static void MarkChanged(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var bump = connection.CreateCommand();
        bump.Transaction = transaction;
        bump.CommandText = "UPDATE write_generation SET value = value + 1 WHERE id = 1";
        bump.ExecuteNonQuery();
    }

    public static long Generation(SqliteConnection connection)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT value FROM write_generation WHERE id = 1";
        return (long)read.ExecuteScalar()!;
    }

    public void Write(Action<SqliteConnection, SqliteTransaction> work) =>
        Write((c, t) => { work(c, t); return 0; });

    public T Read<T>(Func<SqliteConnection, T> work)
    {
        using var connection = Open();
        return work(connection);
    }
}
