using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Volunteers.Bench.Load;

/// <summary>
/// The bare baselines: a minimal-API host doing the same database work with raw ADO.NET — no auth, no validation, no rules,
/// no encryption — on the service's data. On SQLite (`--db`) with the service's connection settings and pragmas (WAL,
/// synchronous=FULL, busy_timeout, foreign keys, pooled connection per request, write transaction taken up front); on
/// PostgreSQL (`--postgres`) through one pooled Npgsql data source, with no lock of its own.
/// </summary>
public static class BaselineServer
{
    public static async Task Run(string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 ? args[i + 1] : null;
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var postgres = Arg("--postgres") is { } server ? NpgsqlDataSource.Create(server) : null;
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Arg("--db") ?? "",
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        long numbers = 0;

        DbConnection Open()
        {
            if (postgres is not null) return postgres.OpenConnection();
            var c = new SqliteConnection(connectionString);
            c.Open();
            using var pragmas = c.CreateCommand();
            pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;";
            pragmas.ExecuteNonQuery();
            return c;
        }

        DbTransaction BeginWrite(DbConnection c) => c is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : c.BeginTransaction();

        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));

        app.MapPost("/volunteers", async (HttpRequest request) =>
        {
            var v = (await JsonSerializer.DeserializeAsync<JsonElement>(request.Body));
            using var c = Open();
            using var t = BeginWrite(c);
            using var insert = c.CreateCommand();
            insert.Transaction = t;
            insert.CommandText = """
                INSERT INTO volunteers (volunteer_no, name, gender, mobile, id_number_cipher, id_number_hash, id_number_masked, birth_date, category,
                    workplace, skills, learning_point_id, status, source, created_by, created_at, updated_at, status_changed_at)
                VALUES (@no, @name, @gender, @mobile, @id, @id, @id, @birth, @category, @workplace, @skills, @point, 'active', 'coordinator', 1, @now, @now, @now)
                RETURNING id
                """;
            var id = v.GetProperty("idNumber").GetString()!;
            Add(insert, "@no", "B" + Interlocked.Increment(ref numbers));
            Add(insert, "@name", v.GetProperty("name").GetString());
            Add(insert, "@gender", v.GetProperty("gender").GetString());
            Add(insert, "@mobile", v.GetProperty("mobile").GetString());
            Add(insert, "@id", id);
            Add(insert, "@birth", $"{id[6..10]}-{id[10..12]}-{id[12..14]}");
            Add(insert, "@category", v.GetProperty("category").GetString());
            Add(insert, "@workplace", v.GetProperty("workplace").GetString());
            Add(insert, "@skills", v.GetProperty("skills").GetRawText());
            Add(insert, "@point", v.GetProperty("learningPointId").GetInt64());
            Add(insert, "@now", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'"));
            var newId = (long)insert.ExecuteScalar()!;
            t.Commit();
            return Results.Json(new { id = newId }, statusCode: 201);
        });

        app.MapPost("/service-records", async (HttpRequest request) =>
        {
            var r = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            using var c = Open();
            using var t = BeginWrite(c);
            using var insert = c.CreateCommand();
            insert.Transaction = t;
            insert.CommandText = """
                INSERT INTO service_records (volunteer_id, learning_point_id, service_date, half_hours, content, status, recorded_by, recorded_at)
                VALUES (@v, (SELECT learning_point_id FROM volunteers WHERE id = @v), @date, @half, @content, 'pending', 1, @now)
                RETURNING id
                """;
            Add(insert, "@v", r.GetProperty("volunteerId").GetInt64());
            Add(insert, "@date", r.GetProperty("serviceDate").GetString());
            Add(insert, "@half", (long)(r.GetProperty("hours").GetDecimal() * 2));
            Add(insert, "@content", r.GetProperty("content").GetString());
            Add(insert, "@now", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'"));
            var id = (long)insert.ExecuteScalar()!;
            t.Commit();
            return Results.Json(new { id, status = "pending" }, statusCode: 201);
        });

        // The check-in burst's yardstick: one row per scan, the activity named in the path, and nothing checked.
        app.MapPost("/activities", () =>
        {
            using var c = Open();
            using var insert = c.CreateCommand();
            insert.CommandText = """
                INSERT INTO activities (title, type, date, start_time, end_time, created_by, created_at, checkin_code)
                VALUES ('baseline', 'other', date('now'), '00:00', '23:59', 1, @now, lower(hex(randomblob(16)))) RETURNING id
                """;
            Add(insert, "@now", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'"));
            return Results.Json(new { id = (long)insert.ExecuteScalar()! }, statusCode: 201);
        });

        app.MapPost("/activities/{activity:long}/checkins", async (long activity, HttpRequest request) =>
        {
            var r = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            using var c = Open();
            using var t = BeginWrite(c);
            using var insert = c.CreateCommand();
            insert.Transaction = t;
            insert.CommandText = """
                INSERT INTO checkins (activity_id, volunteer_id, signed_up, checked_in_at) VALUES (@a, @v, 0, @now) RETURNING id
                """;
            Add(insert, "@a", activity);
            Add(insert, "@v", r.GetProperty("volunteerId").GetInt64());
            Add(insert, "@now", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'"));
            var id = (long)insert.ExecuteScalar()!;
            t.Commit();
            return Results.Json(new { id, action = "in" }, statusCode: 201);
        });

        BaselineDistrictRoutes.Map(app, Open, BeginWrite);

        // What progress and the leaderboard would cost without the maintained totals: a GROUP BY over the approved ledger.
        app.MapGet("/ledger/progress", (int year) =>
        {
            using var c = Open();
            using var q = c.CreateCommand();
            q.CommandText = """
                SELECT r.learning_point_id, count(DISTINCT r.volunteer_id), sum(r.half_hours)
                FROM service_records r JOIN volunteers v ON v.id = r.volunteer_id
                WHERE r.status = 'approved' AND r.service_date >= @from AND r.service_date < @to AND v.status = 'active'
                GROUP BY r.learning_point_id
                """;
            Add(q, "@from", $"{year}-01-01");
            Add(q, "@to", $"{year + 1}-01-01");
            var rows = new List<object>();
            using var reader = q.ExecuteReader();
            while (reader.Read()) rows.Add(new { learningPointId = reader.GetInt64(0), serving = reader.GetInt64(1), hours = reader.GetInt64(2) / 2m });
            return Results.Ok(rows);
        });

        app.MapGet("/ledger/leaderboard", (int year, int top) =>
        {
            using var c = Open();
            using var q = c.CreateCommand();
            q.CommandText = """
                SELECT r.volunteer_id, v.volunteer_no, v.name, sum(r.half_hours) AS h, count(*) AS n
                FROM service_records r JOIN volunteers v ON v.id = r.volunteer_id
                WHERE r.status = 'approved' AND r.service_date >= @from AND r.service_date < @to
                GROUP BY r.volunteer_id
                ORDER BY h DESC, n DESC, v.created_at, v.id
                LIMIT @top
                """;
            Add(q, "@from", $"{year}-01-01");
            Add(q, "@to", $"{year + 1}-01-01");
            Add(q, "@top", top);
            var rows = new List<object>();
            using var reader = q.ExecuteReader();
            while (reader.Read()) rows.Add(new { volunteerId = reader.GetInt64(0), volunteerNo = reader.GetString(1), name = reader.GetString(2), hours = reader.GetInt64(3) / 2m });
            return Results.Ok(rows);
        });

        await app.RunAsync();
    }

    internal static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
