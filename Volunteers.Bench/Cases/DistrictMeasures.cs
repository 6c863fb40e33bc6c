using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Volunteers.Bench.Data;
using Volunteers.Bench.Load;
using static Volunteers.Bench.Cases.DistrictAtFullSize;

namespace Volunteers.Bench.Cases;

/// <summary>Case 13's measurements on one engine, the service and the bare host working on the same district database.</summary>
internal sealed class DistrictMeasures(Options options, Report report, string engine, SeededDistrict seeded, HttpClient service, int servicePid,
    HttpClient baseline, Action<string> failed)
{
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>Single records, each for a volunteer of the town the request's number falls on (all twenty, or only the first).</summary>
    private Func<long, HttpRequestMessage> Record(string url, int towns) => n =>
    {
        var random = new Random((int)n);
        var active = seeded.Towns[(int)(n % towns)].ActiveVolunteerIds;
        return new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new
            {
                volunteerId = active[random.Next(active.Count)],
                serviceDate = _today.AddDays(-random.Next(1, 700)).ToString("yyyy-MM-dd"),
                hours = 1.0m,
                content = "协助开展讲座",
            }),
        };
    };

    public async Task Records()
    {
        var warmUp = TimeSpan.FromSeconds(options.Quick ? 0.5 : 2);
        await LoadDriver.Run(service, Record("/api/service-records", Towns), Connections, warmUp, onError: failed);
        await LoadDriver.Run(baseline, Record("/service-records", Towns), Connections, warmUp, onError: failed);
        var (towns, one, bare) = (new List<LoadResult>(), new List<LoadResult>(), new List<LoadResult>());
        var (townsCpu, oneCpu) = (new List<MachineCpu.Use>(), new List<MachineCpu.Use>());
        for (var round = 0; round < options.Rounds; round++)
        {
            var spread = await MachineCpu.While(servicePid,
                () => LoadDriver.Run(service, Record("/api/service-records", Towns), Connections, options.Slice, onError: failed));
            towns.Add(spread.Result);
            townsCpu.Add(spread.Cpu);
            bare.Add(await LoadDriver.Run(baseline, Record("/service-records", Towns), Connections, options.Slice, onError: failed));
            var first = await MachineCpu.While(servicePid,
                () => LoadDriver.Run(service, Record("/api/service-records", 1), Connections, options.Slice, onError: failed));
            one.Add(first.Result);
            oneCpu.Add(first.Cpu);
        }
        var (t, o, b) = (LoadResult.Combine(towns), LoadResult.Combine(one), LoadResult.Combine(bare));
        const string raw = "bare host, raw insert";
        report.Add(new Row("13", $"POST /api/service-records from {Towns} towns, {engine}", "req/s", t.PerSecond, raw, b.PerSecond, "—", null));
        report.Add(new Row("13", $"… p50, {engine}", "ms", t.P50, raw, b.P50, "—", null));
        report.Add(new Row("13", $"… p99, {engine}", "ms", t.P99, raw, b.P99, "—", null));
        // One town's writes take its turn one after another by design; on PostgreSQL twenty towns must overlap theirs.
        report.Add(new Row("13", $"POST /api/service-records from {Towns} towns, {engine}", "req/s", t.PerSecond, "the same into one town", o.PerSecond,
            engine == "PostgreSQL" ? "≥ 3×" : "—", engine == "PostgreSQL" ? r => r.Ratio >= 3 : null));
        const string single = "the same into one town";
        report.Add(new Row("13", $"… the machine's CPU busy meanwhile, {engine}", "%", 100 * townsCpu.Average(c => c.BusyShare), single,
            100 * oneCpu.Average(c => c.BusyShare), "—", null));
        // Whose CPU each request took: where the twenty towns' figure stops when the cores are full.
        double PerRequest(List<MachineCpu.Use> cpu, Func<MachineCpu.Use, double> part, LoadResult load) => 1000 * cpu.Sum(part) / load.Requests;
        report.Add(new Row("13", $"… CPU per request in the service, {engine}", "ms", PerRequest(townsCpu, c => c.ServiceSeconds, t), single,
            PerRequest(oneCpu, c => c.ServiceSeconds, o), "—", null));
        if (engine == "PostgreSQL")
            report.Add(new Row("13", "… CPU per request in the PostgreSQL server", "ms", PerRequest(townsCpu, c => c.PostgresSeconds, t), single,
                PerRequest(oneCpu, c => c.PostgresSeconds, o), "—", null));
        report.Add(new Row("13", $"… CPU per request in the load driver, {engine}", "ms", PerRequest(townsCpu, c => c.DriverSeconds, t), single,
            PerRequest(oneCpu, c => c.DriverSeconds, o), "—", null));
        if (t.Errors + o.Errors + b.Errors > 0) failed($"records: {t.Errors + o.Errors} errors from the service, {b.Errors} from the baseline");
    }

    public async Task Sheets()
    {
        var rounds = options.Quick ? 2 : 5;
        var (sheet, bare) = (new List<double>(), new List<double>());
        for (var round = 0; round <= rounds; round++)
        {
            var town = seeded.Towns[round % Towns];
            var volunteers = town.ActiveVolunteerIds.OrderBy(id => id * 2654435761 % 1_000_003).Take(SheetEntries).ToList();
            var date = new DateOnly(2021, 1, 1).AddDays(round).ToString("yyyy-MM-dd");
            var activity = await Created(service, "/api/activities",
                new { title = "全民阅读周讲座", type = "reading-week", townId = town.Id, learningPointId = (long?)null, date, location = "镇文化站" }, "id");
            var entries = volunteers.Select(v => new { volunteerId = v, hours = 2.0m }).ToList();
            var clock = Stopwatch.StartNew();
            await Created(service, $"/api/activities/{activity}/attendance", new { entries }, "batchId");
            var ours = volunteers.Count / clock.Elapsed.TotalSeconds;
            clock.Restart();
            await Created(baseline, $"/activities/{activity}/attendance",
                new { entries, serviceDate = new DateOnly(2021, 7, 1).AddDays(round).ToString("yyyy-MM-dd") }, "batchId");
            var theirs = volunteers.Count / clock.Elapsed.TotalSeconds;
            if (round == 0) continue; // warms both paths up
            sheet.Add(ours);
            bare.Add(theirs);
        }
        report.Add(new Row("13", $"sign-in sheet, {SheetEntries:#,0} entries, {engine}", "rows/s", Cases.Sheets.Median(sheet),
            "bare host, one transaction", Cases.Sheets.Median(bare), "≥ 0.5×", r => r.Ratio >= 0.5));
    }

    public async Task Reads()
    {
        var reads = options.Quick ? 300 : 1000;
        var year = _today.Year;
        HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);
        Task<LoadResult> OneAtATime(Func<long, string> url) =>
            LoadDriver.Run(service, n => Get(url(n)), 1, TimeSpan.FromMinutes(2), reads, onError: failed);
        string Progress(long n) => $"/api/progress?year={year}&townId={seeded.Towns[(int)(n % Towns)].Id}";
        foreach (var url in new Func<long, string>[] { _ => "/healthz", Progress, _ => "/api/district/progress" })
            await LoadDriver.Run(service, n => Get(url(n)), 1, TimeSpan.FromSeconds(5), 2 * Towns, onError: failed);
        var (health, progress, district) = (new List<LoadResult>(), new List<LoadResult>(), new List<LoadResult>());
        for (var round = 0; round < options.Rounds; round++)
        {
            health.Add(await OneAtATime(_ => "/healthz"));
            progress.Add(await OneAtATime(Progress));
            district.Add(await OneAtATime(_ => "/api/district/progress"));
        }
        var (h, p, d) = (LoadResult.Combine(health), LoadResult.Combine(progress), LoadResult.Combine(district));
        report.Add(new Row("13", $"GET /api/progress?townId= p99, each town in turn, {engine} (n={p.Requests})", "ms", p.P99, "GET /healthz", h.P99, "—", null));
        report.Add(new Row("13", $"… p50, {engine}", "ms", p.P50, "GET /healthz", h.P50, "—", null));
        report.Add(new Row("13", $"GET /api/district/progress p99, {engine} (n={d.Requests})", "ms", d.P99, "GET /healthz", h.P99, "≤ 5 ms", r => r.Figure <= 5));
        report.Add(new Row("13", $"… p50, {engine}", "ms", d.P50, "GET /healthz", h.P50, "—", null));
    }

    public async Task Export()
    {
        var town = seeded.Towns[1].Id;
        var (ours, theirs) = (new List<double>(), new List<double>());
        long bytes = 0;
        for (var round = 0; round < options.Rounds; round++)
        {
            var (seconds, size) = await Download(service, $"/api/exports/service-records.csv?townId={town}");
            ours.Add(seconds);
            bytes = size;
            theirs.Add((await Download(baseline, $"/exports/service-records.csv?town={town}")).Seconds);
        }
        report.Add(new Row("13", $"GET /api/exports/service-records.csv of one town ({bytes / 1048576.0:0.0} MB), {engine}", "s", Cases.Sheets.Median(ours),
            "bare host, the same rows as CSV", Cases.Sheets.Median(theirs), "—", null));
    }

    /// <summary>
    /// Each town's monthly briefing of this month, as JSON and as the WeChat HTML (its chart drawn each time), one request
    /// at a time, each town in turn: worked out afresh from the ledger every time, nothing cached.
    /// </summary>
    public async Task Briefings()
    {
        var month = _today.ToString("yyyy-MM");
        var rounds = options.Quick ? 1 : 3;
        HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);
        string Town(long n) => $"townId={seeded.Towns[(int)(n % Towns)].Id}";
        await LoadDriver.Run(service, n => Get($"/api/reports/monthly/{month}?{Town(n)}"), 1, TimeSpan.FromMinutes(2), Towns, onError: failed);
        var json = await LoadDriver.Run(service, n => Get($"/api/reports/monthly/{month}?{Town(n)}"), 1, TimeSpan.FromMinutes(5), rounds * Towns, onError: failed);
        var html = await LoadDriver.Run(service, n => Get($"/api/reports/monthly/{month}.html?{Town(n)}"), 1, TimeSpan.FromMinutes(5), rounds * Towns,
            onError: failed);
        report.Add(new Row("13", $"GET /api/reports/monthly/{{month}} p50, each town in turn, {engine} (n={json.Requests})", "ms", json.P50, "—", double.NaN, "—", null));
        report.Add(new Row("13", $"… as .html with its chart, p50, {engine} (n={html.Requests})", "ms", html.P50, "—", double.NaN, "—", null));
    }

    private async Task<(double Seconds, long Bytes)> Download(HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        using var answer = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        if (!answer.IsSuccessStatusCode) failed($"GET {url}: {(int)answer.StatusCode}");
        await using var body = await answer.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long total = 0;
        for (int read; (read = await body.ReadAsync(buffer)) > 0;) total += read;
        return (clock.Elapsed.TotalSeconds, total);
    }

    private static async Task<long> Created(HttpClient client, string url, object body, string idField)
    {
        using var answer = await client.PostAsJsonAsync(url, body);
        var text = await answer.Content.ReadAsStringAsync();
        if ((int)answer.StatusCode != 201) throw new InvalidOperationException($"case 13: POST {url} answered {(int)answer.StatusCode}: {text}");
        return JsonNode.Parse(text)![idField]!.GetValue<long>();
    }
}
