using Dapper;
using Microsoft.Data.Sqlite;

namespace Volunteers.Core.Town;

/// <summary>A table of a town's file as the copy reads it: its columns, and which of them name a row of another table.</summary>
public sealed record CopiedTable(string Name, IReadOnlyList<string> Columns, IReadOnlyDictionary<string, string> References,
    IReadOnlySet<string> DependsOn, bool HasId);

/// <summary>
/// The tables of a town's SQLite file in an order their foreign keys allow (a row's references are copied before it), read
/// from the file's own schema, so a table or reference added by a later migration is copied without this list knowing it.
/// </summary>
public static class TownCopyPlan
{
    /// <summary>
    /// Not copied: the migrations journal (the target has its own), the town row (inserted first, with the target's id),
    /// each town's write generation (a cache counter the target keeps) and the retry keys of requests (their stored answers
    /// name the file's ids; a request retried after the move is taken as new).
    /// </summary>
    public static readonly IReadOnlySet<string> NotCopied = new HashSet<string> { "schema_migrations", "towns", "write_generation", "idempotency_keys" };

    public static IReadOnlyList<CopiedTable> Of(SqliteConnection source)
    {
        var names = source.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .Where(n => !NotCopied.Contains(n)).ToList();
        var tables = names.Select(name => Describe(source, name)).ToDictionary(t => t.Name);
        var ordered = new List<CopiedTable>();
        var placed = new HashSet<string>(NotCopied);
        while (ordered.Count < tables.Count)
        {
            var ready = tables.Values.Where(t => !placed.Contains(t.Name)
                                                 && t.DependsOn.All(r => r == t.Name || placed.Contains(r))).ToList();
            if (ready.Count == 0)
                throw new InvalidOperationException("The file's tables refer to each other in a cycle: " +
                                                    string.Join(", ", tables.Keys.Where(k => !placed.Contains(k))));
            foreach (var table in ready.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                ordered.Add(table);
                placed.Add(table.Name);
            }
        }
        return ordered;
    }

    private static CopiedTable Describe(SqliteConnection source, string table)
    {
        var columns = source.Query<(string Name, long Pk)>("SELECT name, pk FROM pragma_table_info(@table) ORDER BY cid", new { table }).ToList();
        // A reference to another table's id is moved with that table's ids; the composite (town_id, year) reference to a
        // town's selection is not: its town_id is the town's, as every town_id is.
        var keys = source.Query<(string From, string Table, string? To)>(
            "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(@table)", new { table }).ToList();
        var references = keys.Where(f => f.To is null or "id" && f.From != "town_id").ToDictionary(f => f.From, f => f.Table);
        var hasId = columns.Count(c => c.Pk > 0) == 1 && columns.Single(c => c.Pk > 0).Name == "id";
        return new CopiedTable(table, columns.Select(c => c.Name).ToList(), references, keys.Select(f => f.Table).ToHashSet(), hasId);
    }
}
