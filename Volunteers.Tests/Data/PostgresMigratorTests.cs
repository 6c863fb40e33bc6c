using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Data;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Data;

public sealed class PostgresMigratorTests
{
    [Test]
    public void Both_engines_have_migrations_of_the_same_numbers()
    {
        Assert.That(Migrator.AvailableForPostgres(), Is.EqualTo(Migrator.Available()));
    }

    [Test]
    public void Both_engines_end_with_the_same_tables_columns_keys_named_constraints_and_indexes()
    {
        var folder = Directory.CreateTempSubdirectory("volunteers-schema-").FullName;
        using var postgres = new TestPostgres();
        try
        {
            var sqlite = new Database(Path.Combine(folder, "v.db"));
            Migrator.Migrate(sqlite);
            using var pg = postgres.Open();
            Migrator.Migrate(pg);

            using var s = (SqliteConnection)sqlite.Open();
            using var p = (Npgsql.NpgsqlConnection)pg.Open();
            var onSqlite = SchemaDescription.Of(s);
            var onPostgres = SchemaDescription.Of(p);
            Assert.That(onSqlite, Has.Some.StartsWith("index ux_signups_once on signups unique (activity_id, volunteer_id) where"), "the description reads indexes");
            Assert.Multiple(() =>
            {
                Assert.That(onSqlite.Except(onPostgres), Is.Empty, "on SQLite only");
                Assert.That(onPostgres.Except(onSqlite), Is.Empty, "on PostgreSQL only");
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Two_services_starting_at_once_apply_each_migration_once()
    {
        using var postgres = new TestPostgres();
        using var first = postgres.Open();
        using var second = postgres.Open();
        var applied = await Task.WhenAll(Task.Run(() => Migrator.Migrate(first)), Task.Run(() => Migrator.Migrate(second)));

        Assert.That(applied.SelectMany(a => a), Is.EqualTo(Migrator.AvailableForPostgres()));
        Assert.That(Migrator.Migrate(first), Is.Empty);
        using var c = first.Open();
        Assert.That(c.Query<string>("SELECT version FROM schema_migrations ORDER BY version"), Is.EqualTo(Migrator.AvailableForPostgres()));
        Assert.That(c.ExecuteScalar<string>("SELECT name FROM towns"), Is.EqualTo("扶欢镇"));
    }
}
