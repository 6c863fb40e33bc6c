using System.Data.Common;
using System.Reflection;
using Dapper;

namespace Volunteers.Core.Data;

public sealed class MigrationFailedException(string migration, Exception inner)
    : Exception($"Migration {migration} failed: {inner.Message}. The database was left as it was before start-up.", inner);

/// <summary>
/// Applies the numbered scripts of db/ (SQLite) or db/postgres/ (PostgreSQL), embedded in this assembly, in order: all
/// pending ones in one transaction, journaled in schema_migrations. Both engines have the same numbers.
/// </summary>
public static class Migrator
{
    private const string Prefix = "Volunteers.Migrations.";
    private const string PostgresPrefix = Prefix + "Postgres.";

    /// <summary>SQLite's migrations.</summary>
    public static IReadOnlyList<string> Available(Assembly? assembly = null) =>
        Names(assembly, Prefix).Where(n => !n.Contains('.')).ToList();

    public static IReadOnlyList<string> AvailableForPostgres() => Names(null, PostgresPrefix).ToList();

    private static IEnumerable<string> Names(Assembly? assembly, string prefix) =>
        (assembly ?? typeof(Migrator).Assembly).GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^4])
            .Order(StringComparer.Ordinal);

    /// <returns>The migrations applied now.</returns>
    public static IReadOnlyList<string> Migrate(Database database, Func<string, string>? loadScript = null, IReadOnlyList<string>? names = null)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            using var server = database.Open();
            // Two instances starting at once: the second waits, then finds nothing left to apply.
            return Migrate(server, names ?? AvailableForPostgres(), loadScript ?? (name => LoadEmbedded(PostgresPrefix + name)),
                serialize: "SELECT pg_advisory_xact_lock(hashtext('volunteers.schema_migrations'))");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(database.Path)!);
        using var connection = database.Open();
        // SQLite changes a table's constraints by rebuilding it, which foreign keys would refuse half-way: they are off
        // while the scripts run (the pragma cannot change inside a transaction) and every one is checked before the commit.
        connection.Execute("PRAGMA foreign_keys = OFF");
        try
        {
            var pending = Migrate(connection, names ?? Available(), loadScript ?? (name => LoadEmbedded(Prefix + name)), serialize: null);
            connection.Execute("PRAGMA journal_mode = WAL");
            return pending;
        }
        finally
        {
            connection.Execute("PRAGMA foreign_keys = ON");
        }
    }

    private static IReadOnlyList<string> Migrate(DbConnection connection, IReadOnlyList<string> names, Func<string, string> loadScript, string? serialize)
    {
        var sqlite = serialize is null;
        using var transaction = connection.BeginTransaction();
        if (serialize is not null) connection.Execute(serialize, transaction: transaction);
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    TEXT PRIMARY KEY,
                applied_at TEXT NOT NULL
            )
            """, transaction: transaction);
        var applied = connection.Query<string>("SELECT version FROM schema_migrations", transaction: transaction).ToHashSet();
        var pending = names.Where(n => !applied.Contains(n)).ToList();
        foreach (var name in pending)
        {
            try
            {
                connection.Execute(loadScript(name), transaction: transaction);
                connection.Execute("INSERT INTO schema_migrations (version, applied_at) VALUES (@name, @now)",
                    new { name, now = TypeHandlers.Format(DateTimeOffset.UtcNow) }, transaction);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                transaction.Rollback();
                throw new MigrationFailedException(name, e);
            }
        }
        if (sqlite && pending.Count > 0 && connection.Query("PRAGMA foreign_key_check", transaction: transaction).FirstOrDefault() is { } broken)
        {
            transaction.Rollback();
            throw new MigrationFailedException(pending[^1], new InvalidOperationException(
                $"a row of {broken.table} refers to a missing row of {broken.parent}"));
        }
        transaction.Commit();
        return pending;
    }

    private static string LoadEmbedded(string resource)
    {
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(resource + ".sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
