using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Data;

namespace Volunteers.Tests.Support;

/// <summary>
/// The schema migrated once per test run and copied for each new host, as Sonarr's database tests do: a host then starts
/// on a file whose migrations are all journaled and applies none. Only the database file is copied: each host still
/// generates its own data key beside its copy.
/// </summary>
public static class TemplateDatabase
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the migrated template to <paramref name="databasePath"/> unless a database is already there (a restart, a restore).</summary>
    public static void CopyTo(string databasePath)
    {
        if (File.Exists(databasePath)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        File.Copy(Template.Value, databasePath);
    }

    private static string Create()
    {
        var folder = Directory.CreateTempSubdirectory("volunteers-template-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        };
        var path = Path.Combine(folder, "template.db");
        var database = new Database(path);
        Migrator.Migrate(database);
        using (var connection = (SqliteConnection)database.Open())
        {
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            // Out of the pool, the last close folds the WAL into the file: the file alone is the whole schema.
            SqliteConnection.ClearPool(connection);
        }
        return path;
    }
}
