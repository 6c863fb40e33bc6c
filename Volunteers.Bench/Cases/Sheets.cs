using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Data;

namespace Volunteers.Bench.Cases;

/// <summary>Case 2: a sign-in sheet of 1,000 entries, against the same rows inserted raw in one transaction and against single POSTs.</summary>
public static class Sheets
{
    public const int Entries = 1000;

    public static async Task Run(BenchContext bench)
    {
        var rounds = bench.Options.Quick ? 2 : 5;
        var singles = bench.Options.Quick ? 200 : Entries;
        Console.Error.WriteLine($"Case 2: sign-in sheets of {Entries:#,0} entries ({rounds} rounds), raw inserts, {singles:#,0} single POSTs...");
        var volunteers = bench.Seeded.ActiveVolunteerIds.OrderBy(id => id * 2654435761 % 1_000_003).Take(Entries).ToList();
        var client = bench.ServiceClient;
        var sheet = new List<double>();
        var raw = new List<double>();
        for (var round = 0; round < rounds + 1; round++)
        {
            // Each sheet is its own activity on its own day, so the 24-hours-a-day rule never interferes.
            var date = new DateOnly(2020, 1, 1).AddDays(round).ToString("yyyy-MM-dd");
            var activity = await Created(await client.PostAsJsonAsync("/api/activities",
                new { title = "全民阅读周讲座", type = "reading-week", learningPointId = (long?)null, date, location = "镇文化站" }));
            var entries = volunteers.Select(v => new { volunteerId = v, hours = 2.0m }).ToList();
            var clock = Stopwatch.StartNew();
            await Created(await client.PostAsJsonAsync($"/api/activities/{activity}/attendance", new { entries }));
            var sheetRate = volunteers.Count / clock.Elapsed.TotalSeconds;
            var rawRate = InsertRaw(bench.Seeded.DatabasePath, activity, volunteers, new DateOnly(2020, 7, 1).AddDays(round));
            if (round == 0) continue; // the first round warms both paths up
            sheet.Add(sheetRate);
            raw.Add(rawRate);
        }

        var singleClock = Stopwatch.StartNew();
        for (var i = 0; i < singles; i++)
            await Created(await client.PostAsJsonAsync("/api/service-records",
                new { volunteerId = volunteers[i], serviceDate = "2019-12-01", hours = 2.0m, content = "协助开展讲座" }));
        var singleRate = singles / singleClock.Elapsed.TotalSeconds;

        var sheetRows = Median(sheet);
        bench.Report.Add(new Row("2", $"sign-in sheet, {Entries:#,0} entries", "rows/s", sheetRows, "raw inserts, one transaction", Median(raw), "≥ 0.5×",
            r => r.Ratio >= 0.5));
        bench.Report.Add(new Row("2", $"sign-in sheet, {Entries:#,0} entries", "rows/s", sheetRows, $"{singles:#,0} single POSTs, one client", singleRate, "≥ 20×",
            r => r.Ratio >= 20));
    }

    /// <summary>The rows the sheet writes — a batch and its pending records — with a prepared command, without checks, as the service's own connection would.</summary>
    private static double InsertRaw(string path, long activityId, IReadOnlyList<long> volunteers, DateOnly date)
    {
        var db = new Database(path);
        var clock = Stopwatch.StartNew();
        using var c = (SqliteConnection)db.Open();
        using var t = c.BeginTransaction(deferred: false);
        using var batch = c.CreateCommand();
        batch.Transaction = t;
        batch.CommandText = "INSERT INTO attendance_batches (activity_id, entries, created_by, created_at) VALUES ($a, $n, 1, $now) RETURNING id";
        var now = TypeHandlers.Format(DateTimeOffset.UtcNow);
        batch.Parameters.AddWithValue("$a", activityId);
        batch.Parameters.AddWithValue("$n", volunteers.Count);
        batch.Parameters.AddWithValue("$now", now);
        var batchId = (long)batch.ExecuteScalar()!;
        using var insert = c.CreateCommand();
        insert.Transaction = t;
        insert.CommandText = """
            INSERT INTO service_records (volunteer_id, learning_point_id, activity_id, batch_id, service_date, half_hours, content, status, recorded_by, recorded_at)
            VALUES ($v, (SELECT learning_point_id FROM volunteers WHERE id = $v), $a, $b, $date, 4, '全民阅读周讲座', 'pending', 1, $now)
            """;
        var v = insert.Parameters.Add("$v", SqliteType.Integer);
        insert.Parameters.AddWithValue("$a", activityId);
        insert.Parameters.AddWithValue("$b", batchId);
        insert.Parameters.AddWithValue("$date", date.ToString("yyyy-MM-dd"));
        insert.Parameters.AddWithValue("$now", now);
        insert.Prepare();
        foreach (var id in volunteers)
        {
            v.Value = id;
            insert.ExecuteNonQuery();
        }
        t.Commit();
        return volunteers.Count / clock.Elapsed.TotalSeconds;
    }

    private static async Task<long> Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201) throw new InvalidOperationException($"expected 201, got {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("id", out var id) ? id.GetInt64() : json.RootElement.GetProperty("batchId").GetInt64();
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
