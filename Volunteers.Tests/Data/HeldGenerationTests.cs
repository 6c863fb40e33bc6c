using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Data;

namespace Volunteers.Tests.Data;

public sealed class HeldGenerationTests
{
    private string _folder = "";
    private Database _db = null!;
    private Database _elsewhere = null!;

    [SetUp]
    public void Create()
    {
        _folder = Directory.CreateTempSubdirectory("volunteers-generation-").FullName;
        var path = Path.Combine(_folder, "v.db");
        _db = new Database(path);
        Migrator.Migrate(_db);
        _elsewhere = new Database(path);
    }

    [TearDown]
    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // A write by another request: another connection, in a flow of its own.
    private void WriteElsewhere()
    {
        using (ExecutionContext.SuppressFlow()) Task.Run(() => _elsewhere.Write((c, t) => c.Execute("SELECT 1", transaction: t))).Wait();
    }

    [Test]
    public async Task Within_a_request_the_generation_is_read_once_so_every_cache_compares_the_same_one()
    {
        var seen = new List<long>();
        await _db.HoldingGeneration(() =>
        {
            seen.Add(_db.CurrentGeneration());
            WriteElsewhere();
            seen.Add(_db.CurrentGeneration());
            return Task.CompletedTask;
        });
        Assert.That(seen[1], Is.EqualTo(seen[0]));
        Assert.That(_db.CurrentGeneration(), Is.EqualTo(seen[0] + 1), "outside the request, the generation is read afresh");
    }

    [Test]
    public async Task A_request_that_writes_reads_the_generation_of_its_own_write_afterwards()
    {
        var (before, after) = (0L, 0L);
        await _db.HoldingGeneration(() =>
        {
            before = _db.CurrentGeneration();
            _db.Write((c, t) => c.Execute("SELECT 1", transaction: t));
            after = _db.CurrentGeneration();
            return Task.CompletedTask;
        });
        Assert.That(after, Is.EqualTo(before + 1));
    }

    [Test]
    public async Task A_cached_aggregate_read_after_the_requests_own_write_is_worked_out_again()
    {
        var cache = new FreshCache<int, long>(_db);
        long Count() => _db.Read(c => c.ExecuteScalar<long>("SELECT count(*) FROM learning_points"));
        var (before, after) = (-1L, -1L);
        await _db.HoldingGeneration(() =>
        {
            before = cache.Get(1, Count);
            _db.Write((c, t) => c.Execute("INSERT INTO learning_points (town_id, code, name, kind, resident_population, created_at, updated_at) VALUES (1, 'T1', '新建学习点', 'village', 100, '2026-12-02T00:00:00Z', '2026-12-02T00:00:00Z')", transaction: t));
            after = cache.Get(1, Count);
            return Task.CompletedTask;
        });
        Assert.That(after, Is.EqualTo(before + 1));
    }

    [Test]
    public async Task Each_request_holds_its_own_generation()
    {
        long first = 0, second = 0;
        await _db.HoldingGeneration(() => { first = _db.CurrentGeneration(); return Task.CompletedTask; });
        WriteElsewhere();
        await _db.HoldingGeneration(() => { second = _db.CurrentGeneration(); return Task.CompletedTask; });
        Assert.That(second, Is.EqualTo(first + 1));
    }
}
