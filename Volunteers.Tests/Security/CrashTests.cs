using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>
/// The real service in its own process, killed with SIGKILL at random moments under concurrent keyed writes, again and again.
/// CI runs 20 kills; VOLUNTEERS_FULL_CRASH_TEST=1 runs 100 with longer bursts of load. On the SQLite file by default, and on a
/// PostgreSQL database of its own in test.sh's PostgreSQL run.
/// </summary>
[NonParallelizable]
public sealed class CrashTests
{
    private static readonly bool Full = Environment.GetEnvironmentVariable("VOLUNTEERS_FULL_CRASH_TEST") == "1";

    private readonly CrashWrites _writes = new();
    private readonly HashSet<long> _approvalSent = [];
    private readonly List<long> _volunteers = [];
    private Dictionary<string, string>? _environment;
    private long _activity, _pointId;
    private int _sheetsOnActivity, _activityDay, _records;

    [Test]
    public async Task Every_acknowledged_write_is_there_exactly_once_after_each_SIGKILL()
    {
        var (kills, longestLoad) = Full ? (100, 3000) : (20, 1200);
        var seed = Environment.GetEnvironmentVariable("VOLUNTEERS_CRASH_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();
        var random = new Random(seed);
        TestContext.Out.WriteLine($"seed {seed} (VOLUNTEERS_CRASH_SEED repeats the kill delays)");
        var folder = Directory.CreateTempSubdirectory("volunteers-crash-").FullName;
        var database = Path.Combine(folder, "volunteers.db");
        var key = ServiceProcess.NewDataKey();
        var postgres = TestHost.OnPostgres ? new TestPostgres() : null;
        _environment = postgres is null ? null : new Dictionary<string, string>
        {
            ["Volunteers__DatabaseProvider"] = "postgres",
            ["ConnectionStrings__Volunteers"] = postgres.ConnectionString,
        };
        DbConnection Connect() => postgres is null
            ? new SqliteConnection($"Data Source={database};Pooling=False")
            : new NpgsqlConnection(postgres.ConnectionString);
        var clock = Stopwatch.StartNew();
        try
        {
            var coordinatorToken = await Prepare(database, key);
            for (var kill = 1; kill <= kills; kill++)
            {
                using var service = await ServiceProcess.Start(database, key, _environment);
                var (coordinator, admin) = (service.Client(coordinatorToken), service.Client(TestHost.AdminToken));
                await _writes.Resolve(coordinator, admin);
                using var load = new CancellationTokenSource();
                var workers = new[]
                {
                    Recorder(coordinator, load.Token), Recorder(coordinator, load.Token), Sheets(coordinator, load.Token), Approver(admin, load.Token),
                };
                await Task.Delay(random.Next(200, longestLoad));
                service.Kill();
                await load.CancelAsync();
                await Task.WhenAll(workers);
                _writes.CheckStored(Connect);
            }

            using (var last = await ServiceProcess.Start(database, key, _environment))
            {
                var (coordinator, admin) = (last.Client(coordinatorToken), last.Client(TestHost.AdminToken));
                await _writes.Resolve(coordinator, admin);
                foreach (var write in _writes.Snapshot().Where(w => w.Key is not null)) await _writes.Send(coordinator, write);
                last.Kill();
            }
            _writes.CheckStored(Connect);
            _writes.CheckNothingExtra(Connect);

            var all = _writes.Snapshot();
            TestContext.Out.WriteLine($"{kills} SIGKILLs survived in {clock.Elapsed.TotalSeconds:0} s; {all.Count} acknowledged writes checked: " +
                                      $"{all.Count(w => w.Kind == WriteKind.Record)} service records, {all.Count(w => w.Kind == WriteKind.Sheet)} attendance sheets " +
                                      $"({all.Where(w => w.Kind == WriteKind.Sheet).Sum(w => w.Entries)} entries), {all.Count(w => w.Kind == WriteKind.Approval)} approvals; " +
                                      $"{_writes.Retried} unanswered writes retried after a restart, {_writes.CommittedUnanswered} of them committed before the kill");
            Assert.That(all.Count(w => w.Kind == WriteKind.Approval), Is.GreaterThan(0), "the totals were exercised by approvals");
            Assert.That(_writes.Retried, Is.GreaterThan(0), "some kills caught writes in flight");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            postgres?.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <returns>The token of the coordinator who records the hours.</returns>
    private async Task<string> Prepare(string database, string key)
    {
        using var service = await ServiceProcess.Start(database, key, _environment);
        var admin = service.Client(TestHost.AdminToken);
        var point = await admin.CreatePointWithCoordinator("石龙村");
        var coordinator = service.Client(point.Token);
        for (var i = 0; i < 8; i++) _volunteers.Add(await coordinator.CreateVolunteer(point.PointId));
        _pointId = point.PointId;
        _activity = await coordinator.CreateActivity(point.PointId, Ledger.DaysAgo(++_activityDay));
        service.Kill();
        return point.Token;
    }

    private async Task Recorder(ApiClient coordinator, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var key = Guid.NewGuid().ToString("N");
            // Each volunteer gets one record a day, counting back from 2,000 days ago (before any activity's day): the
            // 24-hour daily cap is never reached, however long the test runs.
            var n = Interlocked.Increment(ref _records);
            var body = new
            {
                volunteerId = _volunteers[n % _volunteers.Count],
                activityId = (long?)null,
                serviceDate = Ledger.DaysAgo(2000 + n / _volunteers.Count % 7000),
                hours = Random.Shared.Next(1, 9) / 2m,
                content = "崩溃测试 " + key,
            };
            if (!await _writes.Send(coordinator, new SentWrite(WriteKind.Record, "/api/service-records", body, key), ct)) return;
        }
    }

    private async Task Sheets(ApiClient coordinator, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var entries = _volunteers.OrderBy(_ => Random.Shared.Next()).Take(Random.Shared.Next(1, 5))
                .Select(v => new { volunteerId = v, hours = 0.5m }).ToArray();
            // At most 40 half-hour sheets per activity day (20 hours), then a new activity on the day before.
            if (++_sheetsOnActivity > 40)
            {
                try
                {
                    (_activity, _sheetsOnActivity) = (await coordinator.CreateActivity(_pointId, Ledger.DaysAgo(++_activityDay)), 1);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return;
                }
            }
            var write = new SentWrite(WriteKind.Sheet, $"/api/activities/{_activity}/attendance", new { entries }, Guid.NewGuid().ToString("N"))
            {
                Entries = entries.Length,
            };
            if (!await _writes.Send(coordinator, write, ct)) return;
        }
    }

    /// <summary>The town office approves acknowledged records as they come in, so the maintained totals move between kills.</summary>
    private async Task Approver(ApiClient admin, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var next = _writes.Acknowledged(WriteKind.Record).Select(w => w.RecordId).FirstOrDefault(id => !_approvalSent.Contains(id));
            if (next == 0)
            {
                try { await Task.Delay(10, ct); } catch (OperationCanceledException) { }
                continue;
            }
            _approvalSent.Add(next);
            if (!await _writes.Send(admin, new SentWrite(WriteKind.Approval, $"/api/service-records/{next}/approve", new { }, null), ct)) return;
        }
    }
}
