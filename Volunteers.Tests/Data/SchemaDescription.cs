using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Volunteers.Tests.Data;

/// <summary>
/// A schema as lines that read the same on SQLite and PostgreSQL: tables, columns (kind, NOT NULL, primary key, default),
/// foreign keys, the constraints given a name, and indexes (unique, key columns, partial condition).
/// </summary>
public static partial class SchemaDescription
{
    public static SortedSet<string> Of(SqliteConnection c)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (table, sql) in c.Query<(string, string)>("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            lines.Add($"table {table}");
            foreach (var col in c.Query<(string Name, string Type, long NotNull, string? Default, long Pk)>(
                         "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(@table)", new { table }))
                lines.Add(Column(table, col.Name, col.Type.ToLowerInvariant() == "integer" ? "integer" : col.Type.ToLowerInvariant(), col.NotNull == 1 || col.Pk > 0, col.Pk > 0, col.Default));
            foreach (var fk in c.Query<(string From, string Table, string To)>("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(@table)", new { table }))
                lines.Add($"foreign key {table}.{fk.From} -> {fk.Table}.{fk.To}");
            foreach (Match m in NamedConstraint().Matches(sql)) lines.Add($"constraint {table}.{m.Groups[1].Value}");
        }
        foreach (var (name, table, sql) in c.Query<(string, string, string)>("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
        {
            var columns = c.Query<(string Name, long Desc)>("SELECT name, \"desc\" FROM pragma_index_xinfo(@name) WHERE key = 1 ORDER BY seqno", new { name })
                .Select(k => k.Desc == 1 ? k.Name + " desc" : k.Name);
            var where = sql.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase);
            lines.Add(Index(name, table, sql.StartsWith("CREATE UNIQUE", StringComparison.OrdinalIgnoreCase), columns, where < 0 ? null : sql[(where + 7)..]));
        }
        return lines;
    }

    public static SortedSet<string> Of(NpgsqlConnection c)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in c.Query<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
            lines.Add($"table {table}");
        foreach (var col in c.Query<(string Table, string Name, string Type, string Nullable, string? Default, bool Pk)>("""
                     SELECT table_name, column_name, data_type, is_nullable, column_default,
                            EXISTS (SELECT 1 FROM information_schema.key_column_usage k JOIN information_schema.table_constraints t
                                      ON t.constraint_name = k.constraint_name AND t.table_name = k.table_name
                                    WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_name = c.table_name AND k.column_name = c.column_name)
                     FROM information_schema.columns c WHERE table_schema = 'public'
                     """))
            lines.Add(Column(col.Table, col.Name, col.Type == "bigint" ? "integer" : col.Type, col.Nullable == "NO", col.Pk, col.Default));
        foreach (var fk in c.Query<(string Table, string From, string RefTable, string To)>("""
                     SELECT t.relname, a.attname, r.relname, ra.attname
                     FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
                          CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS key (from_column, to_column)
                          JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.from_column
                          JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = key.to_column
                     WHERE k.contype = 'f' AND t.relnamespace = 'public'::regnamespace
                     """))
            lines.Add($"foreign key {fk.Table}.{fk.From} -> {fk.RefTable}.{fk.To}");
        // Constraints left unnamed get PostgreSQL's own <table>_<column>_check / _key names; the schema names none that way.
        foreach (var (table, name) in c.Query<(string, string)>("""
                     SELECT t.relname, k.conname FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
                     WHERE k.contype IN ('c', 'u') AND t.relnamespace = 'public'::regnamespace AND k.conname !~ '_(check|key)$'
                     """))
            lines.Add($"constraint {table}.{name}");
        foreach (var ix in c.Query<(string Name, string Table, bool Unique, string? Where, string[] Columns)>("""
                     SELECT i.relname, t.relname, x.indisunique, pg_get_expr(x.indpred, x.indrelid),
                            array(SELECT pg_get_indexdef(x.indexrelid, k, true) || CASE WHEN x.indoption[k - 1] & 1 = 1 THEN ' desc' ELSE '' END
                                  FROM generate_series(1, x.indnkeyatts) AS k ORDER BY k)
                     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                     WHERE t.relnamespace = 'public'::regnamespace AND NOT x.indisprimary
                       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
                     """))
            lines.Add(Index(ix.Name, ix.Table, ix.Unique, ix.Columns, ix.Where));
        return lines;
    }

    private static string Column(string table, string name, string kind, bool notNull, bool primaryKey, string? defaultValue) =>
        $"column {table}.{name} {kind}{(notNull ? " not null" : "")}{(primaryKey ? " primary key" : "")}" +
        (defaultValue is null || defaultValue.StartsWith("nextval(", StringComparison.Ordinal) ? "" : " default " + Expression(defaultValue));

    private static string Index(string name, string table, bool unique, IEnumerable<string> columns, string? where) =>
        $"index {name} on {table}{(unique ? " unique" : "")} ({string.Join(", ", columns)})" + (where is null ? "" : " where " + Expression(where));

    /// <summary>PostgreSQL prints <c>(status &lt;&gt; 'withdrawn'::text)</c> where SQLite keeps <c>status &lt;&gt; 'withdrawn'</c>.</summary>
    private static string Expression(string sql) => Spaces().Replace(Noise().Replace(sql, ""), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"CONSTRAINT\s+(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedConstraint();

    [GeneratedRegex(@"::\w+|[()]")]
    private static partial Regex Noise();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
