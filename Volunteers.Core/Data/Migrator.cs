using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Volunteers.Core.Data;

public sealed class MigrationFailedException(string migration, Exception inner)
    : Exception($"Migration {migration} failed: {inner.Message}. The database was left as it was before start-up.", inner);

/// <summary>Applies the numbered scripts of db/ (embedded in this assembly) in order, all pending ones in one transaction, journaled in schema_migrations.</summary>
public static class Migrator
{
    private const string Prefix = "Volunteers.Migrations.";

    public static IReadOnlyList<string> Available(Assembly? assembly = null)
    {
        assembly ??= typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^4])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <returns>The migrations applied now.</returns>
    public static IReadOnlyList<string> Migrate(Database database, Func<string, string>? loadScript = null, IReadOnlyList<string>? names = null)
    {
        loadScript ??= LoadEmbedded;
        names ??= Available();
        Directory.CreateDirectory(Path.GetDirectoryName(database.Path)!);
        using var connection = database.Open();
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    TEXT PRIMARY KEY,
                applied_at TEXT NOT NULL
            )
            """);
        var applied = connection.Query<string>("SELECT version FROM schema_migrations").ToHashSet();
        var pending = names.Where(n => !applied.Contains(n)).ToList();
        if (pending.Count > 0) ApplyAll(connection, pending, loadScript);
        connection.Execute("PRAGMA journal_mode = WAL");
        return pending;
    }

    private static void ApplyAll(SqliteConnection connection, List<string> pending, Func<string, string> loadScript)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var name in pending)
        {
            try
            {
                connection.Execute(loadScript(name), transaction: transaction);
                connection.Execute("INSERT INTO schema_migrations (version, applied_at) VALUES (@name, @now)",
                    new { name, now = TypeHandlers.Format(DateTimeOffset.UtcNow) }, transaction);
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException)
            {
                transaction.Rollback();
                throw new MigrationFailedException(name, e);
            }
        }
        transaction.Commit();
    }

    private static string LoadEmbedded(string name)
    {
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(Prefix + name + ".sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
