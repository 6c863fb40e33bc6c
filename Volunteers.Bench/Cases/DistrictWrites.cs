using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Volunteers.Bench.Data;
using Volunteers.Bench.Load;

namespace Volunteers.Bench.Cases;

/// <summary>
/// Case 11: a district of twenty towns on PostgreSQL. The same load of new volunteers (32 connections) goes once into one
/// town and once spread over twenty, in turns, on one service: each town's writes take that town's turn, so spreading
/// them must not leave them waiting for each other. The baseline is the one-town run of the same service.
/// </summary>
public static class DistrictWrites
{
    private const int Towns = 20, Connections = 32;

    public static async Task Run(Options options, string folder, Report report)
    {
        var server = Environment.GetEnvironmentVariable("VOLUNTEERS_BENCH_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            report.Note("case 11 (a district of 20 towns on PostgreSQL) was not run: no PostgreSQL here (bench.sh starts one when it is installed)");
            return;
        }
        Console.Error.WriteLine("Case 11: POST /api/volunteers into one town and over 20 towns, PostgreSQL...");
        var database = "volunteers_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        const string token = "vol_bench-district-admin-token-0123456789abcdef";
        using var service = await ChildServer.Start("the district service", options.ApiDll, [], new Dictionary<string, string>
        {
            ["Volunteers__DatabaseProvider"] = "postgres",
            ["ConnectionStrings__Volunteers"] = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 100 }.ConnectionString,
            ["Volunteers__BootstrapAdminToken"] = token,
            ["Volunteers__DataKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        }, Path.Combine(folder, "district-service.log"));
        var client = LoadDriver.Client(service.Address, token, Connections);

        // Twenty points in the first town, and one point in each of twenty towns: the same number of points either way.
        var oneTown = new List<long>();
        for (var i = 0; i < Towns; i++) oneTown.Add(await Created(client, "/api/learning-points", new { code = $"P{i}", name = $"扶欢镇第{i}村", kind = "village", residentPopulation = 1000, townId = 1 }));
        var spread = new List<long> { oneTown[0] };
        for (var i = 2; i <= Towns; i++)
        {
            var town = await Created(client, "/api/towns", new { code = $"T{i:00}", name = $"第{i}镇", residentPopulation = 30_000, targetRatio = 0.01, volunteerNoPrefix = $"T{i:00}" });
            spread.Add(await Created(client, "/api/learning-points", new { code = "P", name = $"第{i}镇学习点", kind = "village", residentPopulation = 1000, townId = town }));
        }

        var people = new FakePeople(seed: 11, firstSerial: 3_000_000);
        Func<long, HttpRequestMessage> Into(IReadOnlyList<long> points) => n =>
        {
            FakePerson p;
            lock (people) p = people.Next();
            return new HttpRequestMessage(HttpMethod.Post, "/api/volunteers")
            {
                Content = JsonContent.Create(new
                {
                    name = p.Name, gender = p.Gender, mobile = p.Mobile, idNumber = p.IdNumber, category = p.Category, workplace = p.Workplace,
                    skills = p.Skills, learningPointId = points[(int)(n % points.Count)],
                }),
            };
        };
        var errors = new List<string>();
        void Failed(string what) { lock (errors) if (errors.Count < 10) errors.Add(what); }
        await LoadDriver.Run(client, Into(spread), Connections, TimeSpan.FromSeconds(options.Quick ? 0.5 : 2), onError: Failed);
        var a = new List<LoadResult>();
        var b = new List<LoadResult>();
        for (var round = 0; round < options.Rounds; round++)
        {
            a.Add(await LoadDriver.Run(client, Into(spread), Connections, options.Slice, onError: Failed));
            b.Add(await LoadDriver.Run(client, Into(oneTown), Connections, options.Slice, onError: Failed));
        }
        var (towns, one) = (LoadResult.Combine(a), LoadResult.Combine(b));
        const string baseline = "the same into one town";
        report.Add(new Row("11", "POST /api/volunteers over 20 towns, PostgreSQL", "req/s", towns.PerSecond, baseline, one.PerSecond, "≥ 3×", r => r.Ratio >= 3));
        report.Add(new Row("11", "… p99", "ms", towns.P99, baseline, one.P99, "—", null));

        // The district's public figures, one request at a time, as a page or the WeChat account asks for them.
        var reads = options.Quick ? 300 : 1000;
        HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);
        var district = await LoadDriver.Run(client, _ => Get("/api/district/progress"), 1, TimeSpan.FromMinutes(1), reads, onError: Failed);
        var health = await LoadDriver.Run(client, _ => Get("/healthz"), 1, TimeSpan.FromMinutes(1), reads, onError: Failed);
        report.Add(new Row("11", $"GET /api/district/progress p99, 20 towns (n={district.Requests})", "ms", district.P99, "GET /healthz", health.P99, "≤ 5 ms",
            r => r.Figure <= 5));
        report.Add(new Row("11", "GET /api/district/progress p50", "ms", district.P50, "GET /healthz", health.P50, "—", null));
        report.Add(new Row("11", "service memory after case 11", "MB", service.PeakWorkingSetBytes() / 1048576.0, "—", double.NaN, "< 300 MB", r => r.Figure < 300));
        if (towns.Errors + one.Errors + district.Errors > 0 || errors.Count > 0)
            throw new InvalidOperationException($"case 11: {towns.Errors + one.Errors} errors under load:\n" + string.Join("\n", errors));
    }

    private static async Task<long> Created(HttpClient client, string url, object body)
    {
        using var answer = await client.PostAsJsonAsync(url, body);
        var text = await answer.Content.ReadAsStringAsync();
        if ((int)answer.StatusCode != 201) throw new InvalidOperationException($"case 11: POST {url} answered {(int)answer.StatusCode}: {text}");
        return JsonNode.Parse(text)!["id"]!.GetValue<long>();
    }
}
