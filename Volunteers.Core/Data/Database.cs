using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Volunteers.Core.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// The one place that knows how to reach the database — the embedded SQLite file or a district's PostgreSQL server —
/// one short-lived pooled connection per operation.
/// </summary>
public sealed partial class Database : IDisposable
{
    private readonly string? _sqlite;
    private readonly NpgsqlDataSource? _postgres;
    private readonly string? _path;

    /// <summary>The SQLite file at <paramref name="path"/>.</summary>
    public Database(string path)
    {
        _path = System.IO.Path.GetFullPath(path);
        _sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        TypeHandlers.Register();
    }

    private Database(NpgsqlDataSource source)
    {
        _postgres = source;
        _writers = new SemaphoreSlim(ConcurrentWriters, ConcurrentWriters);
        TypeHandlers.Register();
    }

    // PostgreSQL: this process's writers wait for their turn here, holding no connection, so a burst of writes (300 check-ins
    // at once) queues in memory instead of taking every pooled connection to wait on an advisory lock. A few at a time go on
    // to the server, so writers of different towns work in parallel. SQLite's writers wait inside BEGIN IMMEDIATE, on a
    // connection of a pool without a limit.
    private const int ConcurrentWriters = 16;
    private readonly SemaphoreSlim? _writers;
    private static readonly TimeSpan WriterPatience = TimeSpan.FromSeconds(30);

    /// <summary>This process's turn to write, released on dispose; <see cref="BeginWrite"/> then takes the database's.</summary>
    public IDisposable WriterTurn()
    {
        if (_writers is null) return NoTurn.Instance;
        if (!_writers.Wait(WriterPatience)) throw new WriterTurnTimeout();
        return new Turn(_writers);
    }

    private sealed class Turn(SemaphoreSlim writers) : IDisposable
    {
        public void Dispose() => writers.Release();
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();
        public void Dispose() { }
    }

    /// <summary>
    /// The district's PostgreSQL database. The service keeps no state in a session (its locks end with their transaction),
    /// so a pooled connection goes back without a reset, and the statements it repeats are prepared once per connection —
    /// unless the connection string sets either itself.
    /// </summary>
    public static Database Postgres(string connectionString) => new(NpgsqlDataSource.Create(PostgresSettings(connectionString)));

    /// <summary>The connection string the service connects with: the one given, with the defaults above where it is silent.</summary>
    public static string PostgresSettings(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Names(string key) => given.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", ""), key, StringComparison.OrdinalIgnoreCase));
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names("NoResetOnClose")) settings.NoResetOnClose = true;
        if (!Names("MaxAutoPrepare")) settings.MaxAutoPrepare = 64;
        return settings.ConnectionString;
    }

    public DatabaseProvider Provider => _postgres is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    /// <summary>The SQLite file; what only a file has (backups, the key kept beside it) asks for it.</summary>
    public string Path => _path ?? throw new InvalidOperationException("A PostgreSQL database has no file path.");

    public DbConnection Open()
    {
        if (_postgres is not null) return _postgres.OpenConnection();
        var connection = new SqliteConnection(_sqlite);
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

    /// <summary>
    /// A write transaction that holds the writer's turn from its first statement, so concurrent writers queue instead of
    /// failing on upgrade (SQLite) or interleaving where numbering, the audit chain's head and quotas need them in order
    /// (PostgreSQL: transaction-scoped advisory locks, released by the commit or rollback). With <paramref name="town"/>
    /// the turn is that town's alone: other towns' writers go on in parallel, and a write of the whole district
    /// (<paramref name="town"/> null) waits for all of them, as they wait for it.
    /// </summary>
    public static DbTransaction BeginWrite(DbConnection connection, long? town = null)
    {
        if (connection is SqliteConnection sqlite) return Track(sqlite.BeginTransaction(deferred: false));
        var transaction = Track(connection.BeginTransaction());
        if (town is { } id)
        {
            // The district's shared turn, then the town's, in one round trip: every write of a town starts this way.
            using var turns = TownTurnCommand(connection, transaction, id, "SELECT pg_advisory_xact_lock_shared(hashtext('volunteers.writer')); ");
            turns.ExecuteNonQuery();
            Entered.GetOrCreateValue(transaction).Add(id);
            return transaction;
        }
        using var turn = connection.CreateCommand();
        turn.Transaction = transaction;
        turn.CommandText = "SELECT pg_advisory_xact_lock(hashtext('volunteers.writer'))";
        turn.ExecuteNonQuery();
        return transaction;
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction taken up front (<see cref="BeginWrite"/>).</summary>
    public T Write<T>(Func<DbConnection, DbTransaction, T> work) => Write(null, work);

    /// <summary>Runs <paramref name="work"/>, which writes within one town, in that town's turn (<see cref="BeginWrite"/>).</summary>
    public T Write<T>(long? town, Func<DbConnection, DbTransaction, T> work)
    {
        using var turn = WriterTurn();
        using var connection = Open();
        using var transaction = BeginWrite(connection, town);
        var result = work(connection, transaction);
        MarkChanged(connection, transaction);
        transaction.Commit();
        ForgetHeldGeneration();
        return result;
    }

    /// <summary>
    /// A write of bookkeeping that no aggregate is computed from, such as when a token was last used: unlike <see cref="Write{T}"/>
    /// it leaves the write generation alone, so an active client does not throw every cached aggregate away once a minute. It
    /// is left undone when the storage takes no writes (full, read-only, the server gone), so the reads of the request that
    /// asked for it still answer.
    /// </summary>
    public void WriteBookkeeping(Action<DbConnection, DbTransaction> work)
    {
        try
        {
            using var turn = WriterTurn();
            using var connection = Open();
            using var transaction = BeginWrite(connection, District);
            work(connection, transaction);
            transaction.Commit();
        }
        catch (DbException e) when (Dialect.IsStorageFault(e))
        {
        }
    }

    public static long Generation(DbConnection connection)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT coalesce(sum(value), 0) FROM write_generation";
        return Convert.ToInt64(read.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    // A request's FreshCaches (the card's holder, the page, the sign-ups…) each compare the write generation: within
    // HoldingGeneration it is read once and then shared, as if the whole request had been read at its first lookup. A
    // write in the same flow forgets it, so what the request reads after its own write is never older than that write.
    private static readonly AsyncLocal<HeldGeneration?> Held = new();

    private sealed class HeldGeneration(Database db)
    {
        public Database Database { get; } = db;
        public long? Value { get; set; }
    }

    /// <summary>Runs <paramref name="work"/> (one HTTP request) reading the write generation at most once until it writes.</summary>
    public async Task HoldingGeneration(Func<Task> work)
    {
        // Set inside this async method, the value flows into work and is gone again for the caller when it returns.
        Held.Value = new HeldGeneration(this);
        await work();
    }

    /// <summary>The write generation, as held for the current request if one is held, otherwise read now.</summary>
    public long CurrentGeneration()
    {
        if (Held.Value is not { } held || !ReferenceEquals(held.Database, this)) return Read(Generation);
        return held.Value ??= Read(Generation);
    }

    private static void ForgetHeldGeneration()
    {
        if (Held.Value is { } held) held.Value = null;
    }

    public void Write(Action<DbConnection, DbTransaction> work) => Write(null, work);

    /// <inheritdoc cref="Write{T}(long?, Func{DbConnection, DbTransaction, T})"/>
    public void Write(long? town, Action<DbConnection, DbTransaction> work) =>
        Write(town, (c, t) => { work(c, t); return 0; });

    public T Read<T>(Func<DbConnection, T> work)
    {
        using var connection = Open();
        return work(connection);
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        _writers?.Dispose();
    }
}

/// <summary>A write waited longer than its client would for its turn: worth a retry later, like SQLite's busy timeout.</summary>
public sealed class WriterTurnTimeout() : DbException("Timed out waiting for the writer's turn");
