using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Volunteers.Core.Data;

namespace Volunteers.Bench.Data;

/// <summary>
/// Rows straight into a migrated database in one transaction, as fast as the engine takes them: prepared INSERTs on
/// SQLite (with synchronous off: a half-loaded file is thrown away), binary COPY on PostgreSQL. Values are longs,
/// strings or null, as every column the seeders fill is INTEGER/BIGINT or TEXT on both engines.
/// </summary>
public abstract class BulkLoader : IDisposable
{
    public static BulkLoader Open(Database db) =>
        db.Provider == DatabaseProvider.Sqlite ? new SqliteLoader((SqliteConnection)db.Open()) : new PostgresLoader((NpgsqlConnection)db.Open());

    public abstract IRowWriter Table(string table, params string[] columns);

    /// <summary>Commits, then brings what the engine keeps beside the rows up to date (identity sequences, planner statistics).</summary>
    public abstract void Finish(IEnumerable<string> tablesWithExplicitIds);

    public abstract void Dispose();

    private sealed class SqliteLoader : BulkLoader
    {
        private readonly SqliteConnection _c;
        private readonly SqliteTransaction _t;

        public SqliteLoader(SqliteConnection c)
        {
            _c = c;
            using (var fast = c.CreateCommand())
            {
                // A cache that holds the whole file being built (about 2 GB at five million records): the indexes are
                // written at random places, and a smaller cache spills them to the write-ahead log again and again.
                fast.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -3000000;";
                fast.ExecuteNonQuery();
            }
            _t = c.BeginTransaction();
        }

        public override IRowWriter Table(string table, params string[] columns)
        {
            var command = _c.CreateCommand();
            command.Transaction = _t;
            command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
            for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter { ParameterName = "@p" + i });
            command.Prepare();
            return new SqliteRows(command);
        }

        public override void Finish(IEnumerable<string> tablesWithExplicitIds)
        {
            _t.Commit();
            using var analyze = _c.CreateCommand();
            analyze.CommandText = "PRAGMA synchronous = FULL; ANALYZE;";
            analyze.ExecuteNonQuery();
        }

        public override void Dispose()
        {
            _t.Dispose();
            _c.Dispose();
        }

        private sealed class SqliteRows(SqliteCommand command) : IRowWriter
        {
            public void Add(params object?[] values)
            {
                for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
                command.ExecuteNonQuery();
            }

            public void Dispose() => command.Dispose();
        }
    }

    private sealed class PostgresLoader : BulkLoader
    {
        private readonly NpgsqlConnection _c;
        private readonly NpgsqlTransaction _t;

        public PostgresLoader(NpgsqlConnection c)
        {
            _c = c;
            _t = c.BeginTransaction();
        }

        public override IRowWriter Table(string table, params string[] columns) =>
            new PostgresRows(_c.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)"));

        public override void Finish(IEnumerable<string> tablesWithExplicitIds)
        {
            _t.Commit();
            foreach (var table in tablesWithExplicitIds) Exec($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))");
            // As autovacuum would have left a district that has run for a while: statistics and the visibility map.
            Exec("VACUUM ANALYZE");
        }

        private void Exec(string sql)
        {
            using var command = new NpgsqlCommand(sql, _c) { CommandTimeout = 0 };
            command.ExecuteNonQuery();
        }

        public override void Dispose()
        {
            _t.Dispose();
            _c.Dispose();
        }

        private sealed class PostgresRows(NpgsqlBinaryImporter import) : IRowWriter
        {
            public void Add(params object?[] values)
            {
                import.StartRow();
                foreach (var value in values)
                {
                    switch (value)
                    {
                        case null: import.WriteNull(); break;
                        case string text: import.Write(text, NpgsqlDbType.Text); break;
                        default: import.Write(Convert.ToInt64(value), NpgsqlDbType.Bigint); break;
                    }
                }
            }

            public void Dispose()
            {
                import.Complete();
                import.Dispose();
            }
        }
    }
}

public interface IRowWriter : IDisposable
{
    void Add(params object?[] values);
}
