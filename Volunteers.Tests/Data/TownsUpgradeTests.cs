using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Audit;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Numbering;
using Volunteers.Core.Town;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Data;

/// <summary>
/// A database made by the migrations before towns existed — a town's SQLite file, or its PostgreSQL database — with rows in
/// every table, opens as a district of one town: every row of every table as it was, the one town's settings in the towns
/// table, its administrators the district's, its audit chain intact with every hash as it was, and its numbers going on
/// from where they stood.
/// </summary>
public sealed class TownsUpgradeTests
{
    private string _folder = null!;
    private TestPostgres? _postgres;

    [SetUp] public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("volunteers-upgrade-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        _postgres?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static bool Before(string migration) => string.CompareOrdinal(migration, "0013") < 0;

    [Test]
    public void A_database_of_one_town_opens_as_a_district_of_that_town_with_every_row_number_and_hash_as_it_was()
    {
        Database db;
        string[] beforeTowns;
        if (TestHost.OnPostgres)
        {
            _postgres = new TestPostgres();
            db = _postgres.Open();
            beforeTowns = Migrator.AvailableForPostgres().Where(Before).ToArray();
        }
        else
        {
            db = new Database(Path.Combine(_folder, "v.db"));
            beforeTowns = Migrator.Available().Where(Before).ToArray();
        }
        using var _ = db;
        Assert.That(beforeTowns, Has.Length.EqualTo(12));
        Migrator.Migrate(db, names: beforeTowns);
        using (var c = db.Open()) Seed(c);
        var before = Rows(db);
        Assert.That(before.Keys, Is.SupersetOf(new[] { "awards", "checkins", "signups", "volunteer_cards", "service_proofs", "points_ledger", "idempotency_keys" }));
        Assert.That(before.Where(t => t.Value.Count == 0).Select(t => t.Key), Is.Empty, "a row in every table");

        Assert.That(Migrator.Migrate(db), Is.EqualTo(new[] { "0013_add_towns" }));

        var after = Rows(db, before.ToDictionary(t => t.Key, t => t.Value.Count == 0 ? [] : t.Value[0].Keys.ToArray()));
        foreach (var (table, rows) in before.Where(t => t.Key is not ("town" or "write_generation" or "accounts")))
            Assert.That(after[table], Is.EqualTo(rows), $"{table}: every row as it was");
        Assert.That(after["accounts"].Select(a => a["role"]), Is.EqualTo(new[] { "\"district-admin\"", "\"point-coordinator\"" }),
            "the town's administrator is the district's; the coordinator stays");
        Assert.That(after["accounts"].Select(a => a.Where(kv => kv.Key != "role")), Is.EqualTo(before["accounts"].Select(a => a.Where(kv => kv.Key != "role"))));

        var towns = new TownQueries(db).List();
        Assert.That(towns.Select(t => (t.Id, t.Code, t.Name, t.ResidentPopulation, t.TargetRatio, t.VolunteerNoPrefix)),
            Is.EqualTo(new[] { (1L, "FH", "扶欢镇", 35000L, 0.01m, "FH") }));
        using (var c = db.Open())
        {
            Assert.That(c.Query<long>("SELECT DISTINCT town_id FROM learning_points UNION SELECT DISTINCT town_id FROM activities UNION SELECT DISTINCT town_id FROM audit_log"),
                Is.EqualTo(new[] { 1L }));
            Assert.That(c.Query<string>("SELECT role || ':' || coalesce(CAST(town_id AS TEXT), '-') FROM accounts ORDER BY id"), Is.EqualTo(new[] { "district-admin:-", "point-coordinator:1" }));
            Assert.That(Database.Generation(c), Is.EqualTo(7), "the write generation goes on from where it stood");
        }

        var chains = new AuditQueries(db).Verify(new Caller(1, Roles.DistrictAdmin, null));
        Assert.That(chains.Intact, Is.True);
        Assert.That(chains.Chains.Single(x => x.TownId == 1).Entries, Is.EqualTo(3), "the town's chain holds its entries, hashes unchanged");

        var numbers = new NumberSequences();
        var next = db.Write((c, t) => (numbers.Next(c, t, towns[0], NumberKind.Volunteer, 2026), numbers.Next(c, t, towns[0], NumberKind.Certificate, 2026),
            numbers.Next(c, t, towns[0], NumberKind.ServiceProof, 2026)));
        Assert.That(next, Is.EqualTo(("FH2026-0003", "扶欢社教〔2026〕第002号", "扶欢志证〔2026〕第0002号")), "numbers go on, none given twice");
    }

    /// <summary>Each table's rows, as text by column, in key order; after the upgrade, only the columns the table had before.</summary>
    private static Dictionary<string, List<Dictionary<string, string>>> Rows(Database db, IReadOnlyDictionary<string, string[]>? columns = null)
    {
        using var c = db.Open();
        var tables = c.Query<string>(db.Provider == DatabaseProvider.Postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'");
        var result = new Dictionary<string, List<Dictionary<string, string>>>();
        foreach (var table in tables)
        {
            if (columns is not null && !columns.ContainsKey(table)) continue;
            var select = columns?[table] is { Length: > 0 } named ? string.Join(", ", named) : "*";
            result[table] = c.Query($"SELECT {select} FROM {table} ORDER BY 1, 2")
                .Select(r => ((IDictionary<string, object?>)r).ToDictionary(kv => kv.Key, kv => JsonSerializer.Serialize(kv.Value)))
                .ToList();
        }
        return result;
    }

    /// <summary>What a town's database held after a year of use: one row or more in every table, numbers and a hash chain.</summary>
    private static void Seed(System.Data.Common.DbConnection c)
    {
        c.Execute("""
            UPDATE town SET name = '扶欢镇', resident_population = 35000, target_ratio = '0.01';
            INSERT INTO learning_points (id, code, name, kind, resident_population, created_at, updated_at)
            VALUES (1, 'XL', '新连村', 'village', 2400, '2026-01-05T01:00:00.000Z', '2026-01-05T01:00:00.000Z');
            INSERT INTO accounts (id, name, mobile, role, learning_point_id, created_at) VALUES
                (1, '镇管理员', NULL, 'town-admin', NULL, '2026-01-05T00:00:00.000Z'),
                (2, '王联络', '13800138000', 'point-coordinator', 1, '2026-01-05T02:00:00.000Z');
            INSERT INTO account_tokens (account_id, token_hash, created_at, last_used_at) VALUES
                (1, 'aa', '2026-01-05T00:00:00.000Z', '2026-11-30T09:00:00.000Z'), (2, 'bb', '2026-01-05T02:00:00.000Z', NULL);
            INSERT INTO volunteers (id, volunteer_no, name, gender, mobile, id_number_cipher, id_number_hash, id_number_masked, birth_date, category,
                                    skills, learning_point_id, status, source, created_by, created_at, updated_at, status_changed_at) VALUES
                (1, 'FH2026-0001', '李秀英', 'female', '13912345678', 'c1', 'h1', '500110********0024', '1980-03-15', 'teacher', '["书法"]', 1,
                 'active', 'coordinator', 2, '2026-02-01T01:00:00.000Z', '2026-02-01T01:00:00.000Z', '2026-02-01T01:00:00.000Z'),
                (2, 'FH2026-0002', '张伟', 'male', '13912345679', NULL, NULL, NULL, '1990-05-01', 'university-student', '[]', 1,
                 'pending', 'self', NULL, '2026-03-01T01:00:00.000Z', '2026-03-01T01:00:00.000Z', '2026-03-01T01:00:00.000Z');
            INSERT INTO number_sequences (kind, year, last) VALUES ('volunteer', 2026, 2), ('certificate', 2026, 1), ('service-proof', 2026, 1);
            INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, reason, changed_by, changed_at)
            VALUES (1, 'pending', 'active', '材料齐全', 2, '2026-02-01T01:00:00.000Z');
            INSERT INTO activities (id, title, type, learning_point_id, date, location, created_by, created_at, start_time, end_time, capacity,
                                    signup_open, waitlist, walk_ins, updated_at, checkin_code, closed_at, closed_by)
            VALUES (1, '家庭教育讲座', 'lecture', 1, '2026-03-10', '村委会', 2, '2026-03-01T00:00:00.000Z', '09:00', '11:00', 30,
                    1, 1, 1, '2026-03-01T00:00:00.000Z', '0123456789abcdef0123456789abcdef', '2026-03-10T05:00:00.000Z', 2);
            INSERT INTO attendance_batches (id, activity_id, entries, created_by, created_at) VALUES (1, 1, 1, 2, '2026-03-10T06:00:00.000Z');
            INSERT INTO signups (id, activity_id, volunteer_id, status, created_by, created_at, confirmed_at)
            VALUES (1, 1, 1, 'confirmed', NULL, '2026-03-02T00:00:00.000Z', '2026-03-02T00:00:00.000Z');
            INSERT INTO checkins (id, activity_id, volunteer_id, signed_up, checked_in_at, checked_out_at, auto_closed)
            VALUES (1, 1, 1, 1, '2026-03-10T00:55:00.000Z', '2026-03-10T03:05:00.000Z', 0);
            INSERT INTO service_records (id, volunteer_id, learning_point_id, activity_id, batch_id, service_date, half_hours, content, status,
                                         recorded_by, recorded_at, reviewed_by, reviewed_at, source, checkin_id) VALUES
                (1, 1, 1, 1, NULL, '2026-03-10', 4, '家庭教育讲座', 'approved', 2, '2026-03-10T05:00:00.000Z', 1, '2026-03-11T01:00:00.000Z', 'check-in', 1),
                (2, 1, 1, 1, 1, '2026-03-10', 2, '布置场地', 'approved', 2, '2026-03-10T06:00:00.000Z', 1, '2026-03-11T01:00:00.000Z', 'sheet', NULL);
            INSERT INTO volunteer_totals (volunteer_id, approved_half_hours, points) VALUES (1, 6, 28);
            INSERT INTO volunteer_year_totals (volunteer_id, year, approved_half_hours, approved_records) VALUES (1, 2026, 6, 2);
            INSERT INTO volunteer_star_levels (volunteer_id, level, reached_on) VALUES (1, 1, '2026-03-11');
            INSERT INTO points_ledger (volunteer_id, delta, kind, service_record_id, item, created_by, created_at) VALUES
                (1, 20, 'service', 1, NULL, 1, '2026-03-11T01:00:00.000Z'), (1, 10, 'service', 2, NULL, 1, '2026-03-11T01:00:00.000Z'),
                (1, -2, 'redemption', NULL, '笔记本', 2, '2026-04-01T01:00:00.000Z');
            INSERT INTO idempotency_keys (owner, key, request_hash, result, created_at) VALUES ('2', 'k-1', 'rh', '{"id":1}', '2026-02-01T01:00:00.000Z');
            INSERT INTO selections (year, min_half_hours, quota, point_quota, state, notice_starts_at, notice_ends_at, created_by, created_at)
            VALUES (2026, 2, 5, 2, 'finalized', '2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z', 1, '2026-10-01T00:00:00.000Z');
            INSERT INTO selection_steps (year, step, detail, by, at) VALUES
                (2026, 'created', 'minHours=1', 1, '2026-10-01T00:00:00.000Z'), (2026, 'finalized', NULL, 1, '2026-11-09T00:00:00.000Z');
            INSERT INTO nominations (year, volunteer_id, learning_point_id, reason, status, nominated_by, nominated_at)
            VALUES (2026, 1, 1, '积极', 'confirmed', 2, '2026-10-02T00:00:00.000Z');
            INSERT INTO objections (year, volunteer_id, text, recorded_by, recorded_at, upheld, note, resolved_by, resolved_at)
            VALUES (2026, 1, '核实', 1, '2026-11-02T00:00:00.000Z', 0, '不成立', 1, '2026-11-03T00:00:00.000Z');
            INSERT INTO awards (volunteer_id, year, title, certificate_no, verification_code, issued_on)
            VALUES (1, 2026, '优秀社区教育志愿者', '扶欢社教〔2026〕第001号', 'VC1', '2026-11-09');
            INSERT INTO service_proofs (volunteer_id, proof_no, verification_code, period_from, period_to, half_hours, issued_by, issued_at, content_digest)
            VALUES (1, '扶欢志证〔2026〕第0001号', 'VP1', '2026-02-01', '2026-03-10', 6, 1, '2026-11-20T01:00:00.000Z', 'D1');
            INSERT INTO volunteer_cards (volunteer_id, key_hash, issued_by, issued_at) VALUES (1, 'kh1', 2, '2026-02-01T01:00:00.000Z');
            UPDATE write_generation SET value = 7;
            """);
        var prev = AuditLog.Genesis;
        foreach (var (action, entity, id) in new[] { ("account.bootstrap", "account", "1"), ("volunteer.create", "volunteer", "1"), ("selection.finalized", "selection", "2026") })
        {
            var entry = new AuditEntry { At = DateTimeOffset.Parse("2026-06-01T00:00:00Z"), AccountId = 1, Action = action, Entity = entity, EntityId = id, Detail = "{}", PrevHash = prev };
            entry = entry with { Hash = AuditLog.HashOf(entry) };
            c.Execute("""
                INSERT INTO audit_log (at, account_id, client, action, entity, entity_id, detail, prev_hash, hash)
                VALUES (@At, @AccountId, @Client, @Action, @Entity, @EntityId, @Detail, @PrevHash, @Hash)
                """, entry);
            prev = entry.Hash;
        }
    }
}
