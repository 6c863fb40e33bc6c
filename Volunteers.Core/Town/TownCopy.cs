using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Town;

/// <summary>What a town's copy did: where the town now is, how many rows of each table came, and how far each table's ids moved.</summary>
public sealed record TownCopyResult(long TownId, string Code, string Name, bool FilledEmptyTown, IReadOnlyDictionary<string, long> Rows,
    IReadOnlyDictionary<string, long> IdOffsets, long ChainEntries, long DistrictEntries, bool Reencrypted, TownTotals Totals);

/// <summary>
/// Moves a town's SQLite file into a district's database (<c>copy-town</c>): every row of every table, in one write
/// transaction that either commits all of it or nothing. Ids move past the target's own (each table by its own offset,
/// recorded in the audit trail); the town's audit chain is copied entry for entry, so every hash verifies as it did; the
/// file's district-level entries (its accounts, its town settings) are appended to the district's chain, linked anew; ID
/// numbers are re-encrypted when the district's data key is not the file's.
/// </summary>
public static class TownCopy
{
    public static TownCopyResult Run(string file, byte[]? sourceKey, Database target, byte[] targetKey)
    {
        file = Path.GetFullPath(file);
        if (!File.Exists(file)) throw Refused(Text.T($"找不到文件 {file}", $"There is no file {file}"));
        var folder = Directory.CreateTempSubdirectory("volunteers-copy-town-");
        try
        {
            // The copy reads a snapshot, upgraded to this version's schema: the town's own file is never written.
            var snapshot = Path.Combine(folder.FullName, "town.db");
            Snapshot(file, snapshot);
            using (var upgrade = new Database(snapshot)) Migrator.Migrate(upgrade);
            using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            source.Open();
            return Copy(file, source, sourceKey, target, targetKey);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static void Snapshot(string file, string snapshot)
    {
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            c.Open();
            if (c.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migrations'") == 0)
                throw Refused(Text.T($"{file} 不是本服务的数据库", $"{file} is not a database of this service"));
            // VACUUM INTO reads one consistent snapshot, also while the town's service is still writing.
            c.Execute("VACUUM INTO @snapshot", new { snapshot });
        }
        catch (SqliteException e)
        {
            throw Refused(Text.T($"无法读取 {file}：{e.Message}", $"{file} cannot be read: {e.Message}"));
        }
    }

    private static TownCopyResult Copy(string file, SqliteConnection source, byte[]? sourceKey, Database target, byte[] targetKey)
    {
        var towns = source.Query<long>("SELECT id FROM towns ORDER BY id").ToList();
        if (towns.Count != 1)
            throw Refused(Text.T($"{file} 含 {towns.Count} 个镇（街道）：copy-town 一次迁入一个镇的数据库",
                $"{file} holds {towns.Count} towns: copy-town moves the database of one town"));
        var sourceTown = towns[0];
        var townChain = AuditQueries.VerifyChain(source, null, sourceTown);
        var districtChain = AuditQueries.VerifyChain(source, null, null);
        foreach (var chain in new[] { townChain, districtChain }.Where(ch => !ch.Intact))
            throw Refused(Text.T($"{file} 的审计链在第 {chain.FirstBrokenId} 条处断开，未迁入任何数据",
                $"{file}'s audit chain is broken at entry {chain.FirstBrokenId}; nothing was copied"));
        var keys = Keys.For(source, sourceKey, targetKey);
        var sourceTotals = TownTotals.Of(source, null, sourceTown);
        var plan = TownCopyPlan.Of(source);

        return target.Write(null, (c, t) =>
        {
            EnsureSameColumns(c, t, source, plan);
            var (townId, filled, code, name) = PlaceTown(c, t, source);
            EnsurePeopleFree(c, t, source, keys);
            var offsets = plan.Where(p => p.HasId).ToDictionary(p => p.Name, p => Offset(c, t, p.Name));
            var rows = new RowMapping(townId, offsets, keys, DistrictHead(c, t));
            var copied = plan.ToDictionary(p => p.Name, p => CopyRows(source, c, t, p, rows));
            if (Dialect.IsPostgres(c))
                foreach (var table in plan.Where(p => p.HasId && copied[p.Name] > 0))
                    c.ExecuteScalar<long>($"SELECT setval(pg_get_serial_sequence(@table, 'id'), (SELECT max(id) FROM {table.Name}))", new { table = table.Name }, t);

            var chain = AuditQueries.VerifyChain(c, t, townId);
            var district = AuditQueries.VerifyChain(c, t, null);
            if (!chain.Intact || chain.Entries != townChain.Entries || chain.HeadHash != townChain.HeadHash || !district.Intact)
                throw Refused(Text.T("迁入后的审计链与原数据库不符，已全部撤销", "The audit chain did not verify after the copy; nothing was copied"));
            var totals = TownTotals.Of(c, t, townId);
            if (totals != sourceTotals)
                throw Refused(Text.T($"迁入后的合计与原数据库不符（{sourceTotals} → {totals}），已全部撤销",
                    $"The totals after the copy differ from the file's ({sourceTotals} → {totals}); nothing was copied"));

            var detail = new
            {
                file = Path.GetFileName(file), code, fromTownId = sourceTown, idOffsets = offsets, rows = copied,
                chainHead = townChain.HeadHash, fileDistrictHead = districtChain.HeadHash, reencrypted = keys.Reencrypt,
            };
            AuditLog.Write(c, t, townId, null, "town.copy", "town", townId, detail, client: "copy-town");
            AuditLog.Write(c, t, null, null, "town.copy", "town", townId, detail, client: "copy-town");
            return new TownCopyResult(townId, code, name, filled, copied, offsets, townChain.Entries, districtChain.Entries, keys.Reencrypt, totals);
        });
    }

    /// <summary>
    /// The file's town becomes a town of the district. A new district database starts with one empty town (the migrations
    /// make it): a town of the same code that has nothing yet — no point, account, activity or audit entry — is filled in
    /// place; any other town of that code refuses the copy.
    /// </summary>
    private static (long Id, bool Filled, string Code, string Name) PlaceTown(DbConnection c, DbTransaction t, SqliteConnection source)
    {
        var town = source.QuerySingle("SELECT * FROM towns") as IDictionary<string, object?> ?? throw new InvalidOperationException("no town row");
        var code = (string)town["code"]!;
        var name = (string)town["name"]!;
        var existing = c.ExecuteScalar<long?>("SELECT id FROM towns WHERE code = @code", new { code }, t);
        if (existing is { } id && !IsEmpty(c, t, id))
            throw DomainException.Conflict(Text.T($"区里已有编码为 {code} 的镇（街道），未迁入任何数据", $"The district already has a town with the code {code}; nothing was copied"), "code");
        TownCommands.EnsureFree(c, t, code, name, (string)town["volunteer_no_prefix"]!, (string)town["certificate_number_format"]!,
            (string)town["proof_number_format"]!, existing);
        var columns = town.Keys.Where(k => k != "id").ToList();
        var args = new DynamicParameters();
        foreach (var column in columns) args.Add(column, town[column]);
        if (existing is { } empty)
        {
            args.Add("id", empty);
            c.Execute($"UPDATE towns SET {string.Join(", ", columns.Select(k => $"{k} = @{k}"))} WHERE id = @id", args, t);
            return (empty, true, code, name);
        }
        var created = c.ExecuteScalar<long>(
            $"INSERT INTO towns ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(k => "@" + k))}) RETURNING id", args, t);
        return (created, false, code, name);
    }

    private static bool IsEmpty(DbConnection c, DbTransaction t, long town) =>
        new[] { "learning_points", "accounts", "activities", "number_sequences", "selections", "audit_log" }
            .All(table => c.ExecuteScalar<long>($"SELECT count(*) FROM {table} WHERE town_id = @town", new { town }, t) == 0);

    /// <summary>Mobiles and ID numbers are the district's: a person registered in a town of the district already is not registered twice.</summary>
    private static void EnsurePeopleFree(DbConnection c, DbTransaction t, SqliteConnection source, Keys keys)
    {
        var clashes = new List<string>();
        // The district's live mobiles and ID-number hashes, read once: two indexed lookups per volunteer would be as many round trips.
        var mobiles = c.Query<string>("SELECT mobile FROM volunteers WHERE status <> 'withdrawn' AND mobile IS NOT NULL", transaction: t).ToHashSet();
        var hashes = c.Query<string>("SELECT id_number_hash FROM volunteers WHERE status <> 'withdrawn' AND id_number_hash IS NOT NULL", transaction: t).ToHashSet();
        foreach (var (no, mobile, hash, cipher) in source.Query<(string No, string? Mobile, string? Hash, string? Cipher)>(
                     "SELECT volunteer_no, mobile, id_number_hash, id_number_cipher FROM volunteers WHERE status <> 'withdrawn' ORDER BY id"))
        {
            var lookup = keys.Reencrypt && cipher is not null ? keys.Under(cipher).Hash : hash;
            var taken = (mobile is not null && mobiles.Contains(mobile)) || (lookup is not null && hashes.Contains(lookup));
            if (taken) clashes.Add(no);
        }
        if (clashes.Count > 0)
            throw DomainException.Conflict(Text.T(
                $"{clashes.Count} 名志愿者的手机号或身份证号已在区内其他镇登记（{string.Join("、", clashes.Take(10))}）：请先在两边核对，未迁入任何数据",
                $"{clashes.Count} volunteers' mobile or ID number is registered in another town of the district ({string.Join(", ", clashes.Take(10))}): settle them first; nothing was copied"));
    }

    private static void EnsureSameColumns(DbConnection c, DbTransaction t, SqliteConnection source, IReadOnlyList<CopiedTable> plan)
    {
        foreach (var table in plan)
        {
            var there = (Dialect.IsPostgres(c)
                ? c.Query<string>("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table", new { table = table.Name }, t)
                : c.Query<string>("SELECT name FROM pragma_table_info(@table)", new { table = table.Name }, t)).ToHashSet();
            if (!there.SetEquals(table.Columns))
                throw Refused(Text.T($"两个数据库的表 {table.Name} 结构不同：请用同一版本的服务打开两者后再迁入",
                    $"The table {table.Name} differs between the two databases: open both with the same version of the service, then copy"));
        }
    }

    /// <summary>A table's ids move past every id the target has used (on PostgreSQL also past its sequence, which a rolled-back insert moves on).</summary>
    private static long Offset(DbConnection c, DbTransaction t, string table)
    {
        var max = c.ExecuteScalar<long>($"SELECT coalesce(max(id), 0) FROM {table}", transaction: t);
        if (!Dialect.IsPostgres(c)) return max;
        var used = c.ExecuteScalar<long?>("SELECT pg_sequence_last_value(CAST(pg_get_serial_sequence(@table, 'id') AS regclass))", new { table }, t) ?? 0;
        return Math.Max(max, used);
    }

    private static string DistrictHead(DbConnection c, DbTransaction t) =>
        c.ExecuteScalar<string?>("SELECT hash FROM audit_log WHERE town_id IS NULL ORDER BY id DESC LIMIT 1", transaction: t) ?? AuditLog.Genesis;

    private static long CopyRows(SqliteConnection source, DbConnection c, DbTransaction t, CopiedTable table, RowMapping mapping)
    {
        var perInsert = Math.Max(1, 2000 / table.Columns.Count);
        var batch = new List<object?[]>(perInsert);
        long count = 0;
        using var read = source.CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(Quoted))} FROM {Quoted(table.Name)} ORDER BY {(table.HasId ? "id" : "rowid")}";
        using var reader = read.ExecuteReader();
        if (c is NpgsqlConnection server && ColumnTypes(server, t, table) is { } types) return CopyIn(server, reader, table, types, mapping);
        while (reader.Read())
        {
            var row = new object?[table.Columns.Count];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            mapping.Map(table, row);
            batch.Add(row);
            if (batch.Count < perInsert) continue;
            count += Insert(c, t, table, batch);
            batch.Clear();
        }
        if (batch.Count > 0) count += Insert(c, t, table, batch);
        return count;
    }

    /// <summary>The PostgreSQL type of each column, in the table's order, when all are the two this schema uses (else null).</summary>
    private static NpgsqlDbType[]? ColumnTypes(NpgsqlConnection c, DbTransaction t, CopiedTable table)
    {
        var types = c.Query<(string Column, string Type)>(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table",
                new { table = table.Name }, t)
            .ToDictionary(x => x.Column, x => x.Type);
        var mapped = table.Columns.Select(column => types[column] switch
        {
            "bigint" => NpgsqlDbType.Bigint,
            "text" => NpgsqlDbType.Text,
            _ => (NpgsqlDbType?)null,
        }).ToArray();
        return mapped.All(x => x is not null) ? mapped.Select(x => x!.Value).ToArray() : null;
    }

    // PostgreSQL takes a table's rows as one binary COPY stream, ten times the rows a second of batched INSERTs here.
    private static long CopyIn(NpgsqlConnection c, SqliteDataReader reader, CopiedTable table, NpgsqlDbType[] types, RowMapping mapping)
    {
        long count = 0;
        try
        {
            using var import = c.BeginBinaryImport(
                $"COPY {Quoted(table.Name)} ({string.Join(", ", table.Columns.Select(Quoted))}) FROM STDIN (FORMAT BINARY)");
            var row = new object?[table.Columns.Count];
            while (reader.Read())
            {
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                mapping.Map(table, row);
                import.StartRow();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null) import.WriteNull();
                    else if (types[i] == NpgsqlDbType.Bigint) import.Write(Convert.ToInt64(row[i], CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                    else import.Write(Convert.ToString(row[i], CultureInfo.InvariantCulture)!, NpgsqlDbType.Text);
                }
                count++;
            }
            import.Complete();
        }
        catch (DbException e) when (Dialect.IsUniqueViolation(e, out var constraint))
        {
            throw AlreadyThere(table, constraint);
        }
        return count;
    }

    private static int Insert(DbConnection c, DbTransaction t, CopiedTable table, List<object?[]> rows)
    {
        using var insert = c.CreateCommand();
        insert.Transaction = t;
        var values = new List<string>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var names = new string[table.Columns.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = $"@p{r}_{i}";
                var parameter = insert.CreateParameter();
                parameter.ParameterName = names[i];
                parameter.Value = rows[r][i] ?? DBNull.Value;
                insert.Parameters.Add(parameter);
            }
            values.Add($"({string.Join(", ", names)})");
        }
        insert.CommandText = $"INSERT INTO {Quoted(table.Name)} ({string.Join(", ", table.Columns.Select(Quoted))}) VALUES {string.Join(", ", values)}";
        try
        {
            return insert.ExecuteNonQuery();
        }
        catch (DbException e) when (Dialect.IsUniqueViolation(e, out var constraint))
        {
            throw AlreadyThere(table, constraint);
        }
    }

    // A number, code or key of the town that another town of the district holds already (the same file copied under another code).
    private static DomainException AlreadyThere(CopiedTable table, string constraint) =>
        Refused(Text.T($"表 {table.Name} 中的值已在区数据库中（{constraint}），未迁入任何数据",
            $"A value of {table.Name} is in the district's database already ({constraint}); nothing was copied"));

    private static string Quoted(string name) => $"\"{name}\"";

    private static DomainException Refused(string message) => DomainException.Conflict(message);

    /// <summary>The file's data key and the district's: when they differ, each ID number is decrypted with one and encrypted with the other.</summary>
    private sealed class Keys
    {
        private readonly PersonalDataProtector? _source;
        private readonly PersonalDataProtector _target;
        private readonly Dictionary<string, (string Cipher, string Hash)> _reencrypted = new();

        private Keys(PersonalDataProtector? source, PersonalDataProtector target, bool reencrypt)
        {
            _source = source;
            _target = target;
            Reencrypt = reencrypt;
        }

        public bool Reencrypt { get; }

        public static Keys For(SqliteConnection source, byte[]? sourceKey, byte[] targetKey)
        {
            var sample = source.ExecuteScalar<string?>("SELECT id_number_cipher FROM volunteers WHERE id_number_cipher IS NOT NULL LIMIT 1");
            var target = new PersonalDataProtector(targetKey);
            if (sample is null) return new Keys(null, target, reencrypt: false);
            if (sourceKey is null)
                throw Refused(Text.T("找不到该数据库的数据密钥（其旁的 .key 文件，或 --SourceDataKey=…）：身份证号无法解密，未迁入任何数据",
                    "The file's data key was not found (the .key file beside it, or --SourceDataKey=…): its ID numbers cannot be read; nothing was copied"));
            var protector = new PersonalDataProtector(sourceKey);
            try
            {
                protector.Decrypt(sample);
            }
            catch (CryptographicException)
            {
                throw Refused(Text.T("所给的数据密钥不能解密该数据库的身份证号，未迁入任何数据",
                    "The data key given does not decrypt the file's ID numbers; nothing was copied"));
            }
            return new Keys(protector, target, reencrypt: !sourceKey.AsSpan().SequenceEqual(targetKey));
        }

        public (string Cipher, string Hash) Under(string cipher)
        {
            if (_reencrypted.TryGetValue(cipher, out var done)) return done;
            var plain = _source!.Decrypt(cipher);
            return _reencrypted[cipher] = (_target.Encrypt(plain), _target.LookupHash(plain));
        }
    }

    /// <summary>Moves each row's ids, gives it the district's town, and links the file's district entries into the district's chain.</summary>
    private sealed class RowMapping(long town, IReadOnlyDictionary<string, long> offsets, Keys keys, string districtHead)
    {
        private string _districtHead = districtHead;

        public void Map(CopiedTable table, object?[] row)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null) continue;
                var column = table.Columns[i];
                if (column == "id" && table.HasId) row[i] = (long)row[i]! + offsets[table.Name];
                else if (column == "town_id") row[i] = town;
                else if (table.References.TryGetValue(column, out var referenced)) row[i] = (long)row[i]! + offsets[referenced];
            }
            switch (table.Name)
            {
                case "accounts" when Value(table, row, "role") is "district-admin":
                    // The file's administrators ran the town; in the district they run that town, not the district.
                    Set(table, row, "role", "town-admin");
                    Set(table, row, "town_id", town);
                    break;
                case "volunteers" when keys.Reencrypt && Value(table, row, "id_number_cipher") is string cipher:
                    var (encrypted, hash) = keys.Under(cipher);
                    Set(table, row, "id_number_cipher", encrypted);
                    Set(table, row, "id_number_hash", hash);
                    break;
                case "audit_log" when Value(table, row, "town_id") is null:
                    LinkIntoDistrictChain(table, row);
                    break;
            }
        }

        private void LinkIntoDistrictChain(CopiedTable table, object?[] row)
        {
            var entry = new AuditEntry
            {
                At = DateTimeOffset.Parse((string)Value(table, row, "at")!, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal),
                AccountId = Value(table, row, "account_id") as long?,
                Client = Value(table, row, "client") as string,
                Action = (string)Value(table, row, "action")!,
                Entity = (string)Value(table, row, "entity")!,
                EntityId = Value(table, row, "entity_id") as string,
                Detail = Value(table, row, "detail") as string,
                PrevHash = _districtHead,
            };
            _districtHead = AuditLog.HashOf(entry);
            Set(table, row, "prev_hash", entry.PrevHash);
            Set(table, row, "hash", _districtHead);
        }

        private static object? Value(CopiedTable table, object?[] row, string column) => row[Index(table, column)];

        private static void Set(CopiedTable table, object?[] row, string column, object? value) => row[Index(table, column)] = value;

        private static int Index(CopiedTable table, string column)
        {
            for (var i = 0; i < table.Columns.Count; i++)
                if (table.Columns[i] == column) return i;
            throw new InvalidOperationException($"{table.Name} has no column {column}");
        }
    }
}
