using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Data;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Data;

[Category(TestHost.SqliteOnly)]
public sealed class MigratorTests
{
    private string _folder = null!;

    [SetUp] public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("volunteers-migrate-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void Migrations_are_applied_once_and_journaled()
    {
        var db = new Database(Path.Combine(_folder, "v.db"));
        var first = Migrator.Migrate(db);
        Assert.That(first, Is.EqualTo(Migrator.Available()));
        Assert.That(first, Is.Not.Empty);
        Assert.That(Migrator.Migrate(db), Is.Empty);
        using var c = db.Open();
        Assert.That(c.Query<string>("SELECT version FROM schema_migrations ORDER BY version"), Is.EqualTo(first));
        Assert.That(c.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
    }

    [Test]
    public void Every_connection_has_foreign_keys_full_sync_and_a_busy_timeout_also_when_it_comes_back_from_the_pool()
    {
        var db = new Database(Path.Combine(_folder, "v.db"));
        Migrator.Migrate(db);
        for (var i = 0; i < 3; i++)
        {
            using var c = db.Open();
            Assert.That(c.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
            Assert.That(c.ExecuteScalar<long>("PRAGMA synchronous"), Is.EqualTo(2), "FULL");
            Assert.That(c.ExecuteScalar<long>("PRAGMA busy_timeout"), Is.EqualTo(10000));
        }
    }

    [Test]
    public void A_failing_migration_stops_with_its_name_and_leaves_the_database_as_it_was()
    {
        var db = new Database(Path.Combine(_folder, "v.db"));
        Migrator.Migrate(db);
        using (var c = db.Open()) c.Execute("INSERT INTO learning_points (town_id, code, name, kind, resident_population, created_at, updated_at) VALUES (1, 'A', '甲', 'village', 1, 'x', 'x')");
        var before = Snapshot(db);

        var names = Migrator.Available().Concat(["9998_add_column", "9999_broken"]).ToList();
        string Load(string name) => name switch
        {
            "9998_add_column" => "ALTER TABLE learning_points ADD COLUMN note TEXT; UPDATE learning_points SET name = 'changed';",
            "9999_broken" => "CREATE TABLE oops (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);",
            _ => throw new InvalidOperationException("only new migrations are loaded"),
        };
        var error = Assert.Throws<MigrationFailedException>(() => Migrator.Migrate(db, Load, names))!;
        Assert.That(error.Message, Does.Contain("9999_broken").And.Contain("no such table"));
        Assert.That(Snapshot(db), Is.EqualTo(before));
    }

    private static string Snapshot(Database db)
    {
        using var c = db.Open();
        var tables = c.Query<string>("SELECT name || ':' || sql FROM sqlite_master ORDER BY name");
        var rows = c.Query<string>("SELECT code || name FROM learning_points");
        var versions = c.Query<string>("SELECT version FROM schema_migrations");
        return string.Join("\n", tables.Concat(rows).Concat(versions));
    }
}
