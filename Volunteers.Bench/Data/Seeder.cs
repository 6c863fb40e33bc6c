using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Accounts;
using Volunteers.Core.Data;

namespace Volunteers.Bench.Data;

public sealed record Seeded(string DatabasePath, string AdminToken, IReadOnlyList<long> LearningPointIds, IReadOnlyList<long> ActiveVolunteerIds,
    int Volunteers, int Records, TimeSpan Took)
{
    /// <summary>The year of the finalized selection <see cref="AwardSeeder"/> adds, and its number of awards.</summary>
    public int AwardYear { get; init; }

    public int Awards { get; init; }
}

/// <summary>
/// Fills a fresh, migrated database straight through SQLite — prepared commands in one transaction — with volunteers and
/// approved service records, and the totals the service keeps beside the ledger (lifetime and year totals, star levels),
/// as the service itself would have left them. ID numbers are left out (they need the service's key); birth dates stand in.
/// Points are not seeded: totals carry 0 points and the points ledger is empty, which agree with each other.
/// </summary>
public static class Seeder
{
    public const string AdminToken = "vol_bench-admin-token-0123456789abcdefghijklmnopq";
    private static readonly string[] PointNames =
        ["扶欢社区", "新连村", "东山村", "双星村", "永新村", "石鹰村", "扶欢村", "民族村", "槐园村", "梨园村", "坪上村", "高青村"];

    public static Seeded Create(string path, int volunteers, int records, int seed = 2024)
    {
        var clock = Stopwatch.StartNew();
        var db = new Database(path);
        Migrator.Migrate(db);
        using var c = (SqliteConnection)db.Open();
        using (var fast = c.CreateCommand())
        {
            // Loading only: the file is thrown away if the machine stops half way.
            fast.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;";
            fast.ExecuteNonQuery();
        }
        using var t = c.BeginTransaction();
        var now = DateTimeOffset.UtcNow;
        var nowText = TypeHandlers.Format(now);
        Exec(c, t, "INSERT INTO accounts (id, name, role, created_at) VALUES (1, '基准测试管理员', 'district-admin', $now)", ("$now", nowText));
        Exec(c, t, "INSERT INTO account_tokens (account_id, token_hash, created_at) VALUES (1, $hash, $now)", ("$hash", Tokens.Hash(AdminToken)), ("$now", nowText));

        var pointIds = new List<long>();
        for (var i = 0; i < PointNames.Length; i++)
        {
            pointIds.Add(i + 1);
            Exec(c, t, "INSERT INTO learning_points (id, town_id, code, name, kind, resident_population, created_at, updated_at) VALUES ($id, 1, $code, $name, $kind, 2900, $now, $now)",
                ("$id", i + 1), ("$code", $"LP{i + 1:00}"), ("$name", PointNames[i]), ("$kind", i == 0 ? "community" : "village"), ("$now", nowText));
        }

        var random = new Random(seed);
        var people = new FakePeople(seed);
        var pointOf = new long[volunteers + 1];
        var active = new List<long>();
        var numbers = new Dictionary<int, int>();
        using (var insert = Prepare(c, t, """
            INSERT INTO volunteers (id, volunteer_no, name, gender, mobile, birth_date, category, workplace, skills, learning_point_id, status,
                                    source, created_by, created_at, updated_at, status_changed_at)
            VALUES ($id, $no, $name, $gender, $mobile, $birth, $category, $workplace, $skills, $point, $status, 'coordinator', 1, $at, $at, $at)
            """, "$id", "$no", "$name", "$gender", "$mobile", "$birth", "$category", "$workplace", "$skills", "$point", "$status", "$at"))
        {
            for (var id = 1; id <= volunteers; id++)
            {
                var p = people.Next();
                var at = now.AddMinutes(-random.Next(0, 3 * 365 * 24 * 60));
                var year = at.ToOffset(TimeSpan.FromHours(8)).Year;
                var n = numbers[year] = numbers.GetValueOrDefault(year) + 1;
                var roll = random.Next(100);
                var status = roll < 92 ? "active" : roll < 96 ? "pending" : roll < 99 ? "suspended" : "withdrawn";
                pointOf[id] = pointIds[random.Next(pointIds.Count)];
                if (status == "active") active.Add(id);
                Run(insert, id, $"FH{year}-{n:0000}", p.Name, p.Gender, p.Mobile, p.BirthDate.ToString("yyyy-MM-dd"), p.Category, p.Workplace,
                    JsonSerializer.Serialize(p.Skills), pointOf[id], status, TypeHandlers.Format(at));
            }
        }
        foreach (var (year, last) in numbers)
            Exec(c, t, "INSERT INTO number_sequences (town_id, kind, year, last) VALUES (1, 'volunteer', $year, $last)", ("$year", year), ("$last", last));

        // Approved records of active volunteers, in this year so far and last year.
        var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(8));
        var thisYear = new DateOnly(today.Year, 1, 1);
        var lastYear = thisYear.AddYears(-1);
        var lifetime = new long[volunteers + 1];
        var byYear = new Dictionary<(long, int), (long HalfHours, long Records)>();
        using (var insert = Prepare(c, t, """
            INSERT INTO service_records (volunteer_id, learning_point_id, service_date, half_hours, content, status, recorded_by, recorded_at, reviewed_by, reviewed_at)
            VALUES ($v, $point, $date, $half, '协助开展讲座', 'approved', 1, $at, 1, $at)
            """, "$v", "$point", "$date", "$half", "$at"))
        {
            for (var i = 0; i < records && active.Count > 0; i++)
            {
                var v = active[random.Next(active.Count)];
                var date = random.Next(10) < 7
                    ? thisYear.AddDays(random.Next(today.DayNumber - thisYear.DayNumber + 1))
                    : lastYear.AddDays(random.Next(thisYear.DayNumber - lastYear.DayNumber));
                var half = random.Next(1, 9);
                Run(insert, v, pointOf[v], date.ToString("yyyy-MM-dd"), half, nowText);
                lifetime[v] += half;
                var key = (v, date.Year);
                var sum = byYear.GetValueOrDefault(key);
                byYear[key] = (sum.HalfHours + half, sum.Records + 1);
            }
        }
        using (var insert = Prepare(c, t, "INSERT INTO volunteer_totals (volunteer_id, approved_half_hours, points) VALUES ($v, $half, 0)", "$v", "$half"))
            for (var v = 1; v <= volunteers; v++)
                if (lifetime[v] > 0) Run(insert, v, lifetime[v]);
        using (var insert = Prepare(c, t, "INSERT INTO volunteer_year_totals (volunteer_id, year, approved_half_hours, approved_records) VALUES ($v, $y, $half, $n)",
                   "$v", "$y", "$half", "$n"))
            foreach (var ((v, year), sum) in byYear) Run(insert, v, year, sum.HalfHours, sum.Records);
        int[] thresholds = [100, 300, 600, 1000, 1500];
        using (var insert = Prepare(c, t, "INSERT INTO volunteer_star_levels (volunteer_id, level, reached_on) VALUES ($v, $l, $on)", "$v", "$l", "$on"))
            for (var v = 1; v <= volunteers; v++)
                for (var l = 1; l <= thresholds.Length && lifetime[v] / 2 >= thresholds[l - 1]; l++)
                    Run(insert, v, l, today.ToString("yyyy-MM-dd"));
        t.Commit();
        return new Seeded(db.Path, AdminToken, pointIds, active, volunteers, records, clock.Elapsed);
    }

    private static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction t, string sql, params string[] names)
    {
        var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    private static void Exec(SqliteConnection c, SqliteTransaction? t, string sql, params (string Name, object Value)[] args)
    {
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        foreach (var (name, value) in args) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
