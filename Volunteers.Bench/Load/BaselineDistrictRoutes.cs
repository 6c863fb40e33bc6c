using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Volunteers.Bench.Load.BaselineServer;

namespace Volunteers.Bench.Load;

/// <summary>The bare host's yardsticks for case 13's district, on either engine: a sign-in sheet and a town's export.</summary>
public static class BaselineDistrictRoutes
{
    public static void Map(WebApplication app, Func<DbConnection> open, Func<DbConnection, DbTransaction> beginWrite)
    {
        // A sign-in sheet's rows — its batch and one pending record per entry — through one prepared command in one
        // transaction, nothing checked.
        app.MapPost("/activities/{activity:long}/attendance", async (long activity, HttpRequest request) =>
        {
            var sheet = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            var entries = sheet.GetProperty("entries").EnumerateArray().ToList();
            var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'");
            using var c = open();
            using var t = beginWrite(c);
            using var batch = c.CreateCommand();
            batch.Transaction = t;
            batch.CommandText = "INSERT INTO attendance_batches (activity_id, entries, created_by, created_at) VALUES (@a, @n, 1, @now) RETURNING id";
            Add(batch, "@a", activity);
            Add(batch, "@n", (long)entries.Count);
            Add(batch, "@now", now);
            var batchId = (long)batch.ExecuteScalar()!;
            using var insert = c.CreateCommand();
            insert.Transaction = t;
            insert.CommandText = """
                INSERT INTO service_records (volunteer_id, learning_point_id, activity_id, batch_id, service_date, half_hours, content, source, status,
                                             recorded_by, recorded_at)
                VALUES (@v, (SELECT learning_point_id FROM volunteers WHERE id = @v), @a, @b, @date, @half, '签到表', 'sheet', 'pending', 1, @now)
                """;
            Add(insert, "@v", 0L);
            Add(insert, "@a", activity);
            Add(insert, "@b", batchId);
            Add(insert, "@date", sheet.GetProperty("serviceDate").GetString());
            Add(insert, "@half", 0L);
            Add(insert, "@now", now);
            insert.Prepare();
            foreach (var entry in entries)
            {
                insert.Parameters[0].Value = entry.GetProperty("volunteerId").GetInt64();
                insert.Parameters[4].Value = (long)(entry.GetProperty("hours").GetDecimal() * 2);
                insert.ExecuteNonQuery();
            }
            t.Commit();
            return Results.Json(new { batchId, entries = entries.Count }, statusCode: 201);
        });

        // A town's service records as CSV: the service's export query, its rows written as they are read, no labels or masking.
        app.MapGet("/exports/service-records.csv", async (long town, HttpResponse response) =>
        {
            response.ContentType = "text/csv; charset=utf-8";
            await using var c = open();
            await using var q = c.CreateCommand();
            q.CommandText = """
                SELECT r.id, v.volunteer_no, v.name, p.name AS learning_point_name, a.title AS activity_title, r.service_date, r.half_hours,
                       r.content, r.source, r.status, r.reverses_id, r.reason, r.recorded_at, r.reviewed_at
                FROM service_records r
                JOIN volunteers v ON v.id = r.volunteer_id
                JOIN learning_points p ON p.id = r.learning_point_id
                LEFT JOIN activities a ON a.id = r.activity_id
                WHERE p.town_id = @town
                ORDER BY r.id
                """;
            Add(q, "@town", town);
            await using var reader = await q.ExecuteReaderAsync();
            await using var writer = new StreamWriter(response.Body, new UTF8Encoding(true), 65536);
            var fields = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(fields);
                await writer.WriteLineAsync(string.Join(',', fields));
            }
        });
    }
}
