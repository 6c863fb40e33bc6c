using System.Data.Common;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

public enum WriteKind { Record, Sheet, Approval }

/// <summary>One write sent to the service: acknowledged once a 2xx answer came back, until then maybe written, maybe not.</summary>
public sealed class SentWrite(WriteKind kind, string url, object body, string? key)
{
    public WriteKind Kind { get; } = kind;
    public string Url { get; } = url;
    public object Body { get; } = body;
    public string? Key { get; } = key;
    public string Tag => "崩溃测试 " + Key;
    public int Entries { get; init; }
    public long RecordId { get; set; }
    public long BatchId { get; set; }
    public long[] Created { get; set; } = [];
    public bool Acknowledged { get; set; }
}

/// <summary>Every write of the crash test, what the service acknowledged, and what the database file must therefore hold.</summary>
public sealed class CrashWrites
{
    private readonly List<SentWrite> _all = [];
    private readonly List<string> _unexpected = [];

    public int Retried { get; private set; }

    /// <summary>Unanswered writes whose key was in the file after the kill: committed, but the answer never left.</summary>
    public int CommittedUnanswered { get; private set; }

    public IReadOnlyList<SentWrite> Snapshot()
    {
        lock (_all) return _all.ToList();
    }

    public IEnumerable<SentWrite> Acknowledged(WriteKind kind) => Snapshot().Where(w => w.Kind == kind && w.Acknowledged);

    /// <summary>Sends the write; a lost connection (the kill) leaves it unanswered, anything but a 2xx is a failure of the test.</summary>
    /// <returns>Whether the service answered at all.</returns>
    public async Task<bool> Send(ApiClient api, SentWrite write, CancellationToken ct = default, bool retry = false)
    {
        lock (_all) if (!_all.Contains(write)) _all.Add(write);
        Reply reply;
        try
        {
            var request = new HttpRequestMessage(HttpMethod.Post, write.Url) { Content = JsonContent.Create(write.Body, write.Body.GetType(), options: ApiClient.Json) };
            if (write.Key is not null) request.Headers.Add("Idempotency-Key", write.Key);
            reply = await api.Send(request).WaitAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            return false;
        }
        // An approval has no key: retried after its answer was lost, it finds the record approved already.
        if (retry && write.Kind == WriteKind.Approval && reply.Code == 409
            && (await api.Get(write.Url.Replace("/approve", ""))).Expect(200).Str("status") == "approved")
        {
            write.Acknowledged = true;
            return true;
        }
        if (reply.Code is < 200 or > 299)
        {
            lock (_unexpected) _unexpected.Add($"{write.Url} {write.Key}: {reply.Code} {reply.Body?.ToJsonString()}");
            return true;
        }
        var (record, batch, created) = write.Kind switch
        {
            WriteKind.Record => (reply.Id, 0L, Array.Empty<long>()),
            WriteKind.Sheet => (0L, reply.Json["batchId"]!.GetValue<long>(), reply.Json["created"]!.AsArray().Select(n => n!.GetValue<long>()).ToArray()),
            _ => (0L, 0L, Array.Empty<long>()),
        };
        if (write.Acknowledged)
        {
            Assert.That(record, Is.EqualTo(write.RecordId), $"{write.Key} sent again answered another record");
            Assert.That(batch, Is.EqualTo(write.BatchId), $"{write.Key} sent again answered another sheet");
            Assert.That(created, Is.EqualTo(write.Created), $"{write.Key} sent again answered other entries");
            return true;
        }
        (write.RecordId, write.BatchId, write.Created, write.Acknowledged) = (record, batch, created, true);
        return true;
    }

    /// <summary>After a restart: every unanswered write again, with the same key and body, until it is answered.</summary>
    public async Task Resolve(ApiClient coordinator, ApiClient admin)
    {
        foreach (var write in Snapshot().Where(w => !w.Acknowledged))
        {
            var api = write.Kind == WriteKind.Approval ? admin : coordinator;
            await Send(api, write, retry: true);
            Assert.That(write.Acknowledged, $"{write.Key ?? write.Url} was not answered after a restart: {Unexpected}");
            Retried++;
        }
    }

    public string Unexpected
    {
        get { lock (_unexpected) return string.Join('\n', _unexpected); }
    }

    /// <summary>With the service down: every acknowledged write is stored exactly once, a file is sound and the totals add up.</summary>
    public void CheckStored(Func<DbConnection> connect)
    {
        Assert.That(Unexpected, Is.Empty, "answers other than 2xx");
        using (var db = connect())
        {
            if (db is SqliteConnection) Assert.That(db.ExecuteScalar<string>("PRAGMA integrity_check"), Is.EqualTo("ok"));
            var byTag = db.Query<(string Content, long Id)>("SELECT content, id FROM service_records WHERE batch_id IS NULL")
                .ToLookup(r => r.Content, r => r.Id);
            foreach (var write in Acknowledged(WriteKind.Record))
                Assert.That(byTag[write.Tag], Is.EqualTo(new[] { write.RecordId }), $"the record sent with {write.Key}");
            var byBatch = db.Query<(long Batch, long Id)>("SELECT batch_id, id FROM service_records WHERE batch_id IS NOT NULL")
                .ToLookup(r => r.Batch, r => r.Id);
            var batches = db.Query<(long Id, long Entries)>("SELECT id, entries FROM attendance_batches").ToDictionary(b => b.Id, b => b.Entries);
            foreach (var write in Acknowledged(WriteKind.Sheet))
            {
                Assert.That(byBatch[write.BatchId].Order(), Is.EqualTo(write.Created.Order()), $"the entries of the sheet sent with {write.Key}");
                Assert.That(batches.GetValueOrDefault(write.BatchId), Is.EqualTo(write.Entries), $"the sheet sent with {write.Key}");
            }
            var stored = db.Query<string>("SELECT key FROM idempotency_keys").ToHashSet();
            CommittedUnanswered += Snapshot().Count(w => !w.Acknowledged && w.Key is not null && stored.Contains(w.Key));
            var statuses = db.Query<(long Id, string Status)>("SELECT id, status FROM service_records").ToDictionary(r => r.Id, r => r.Status);
            foreach (var write in Acknowledged(WriteKind.Approval))
                Assert.That(statuses.GetValueOrDefault(IdIn(write.Url)), Is.EqualTo("approved"), $"acknowledged approval {write.Url}");
        }
        using (var db = connect())
            Assert.That(LedgerInvariant.Violations(db, [100, 300, 600, 1000, 1500]), Is.Empty);
    }

    /// <summary>When everything has been answered: nothing stored that no write asked for, and one key row per keyed write.</summary>
    public void CheckNothingExtra(Func<DbConnection> connect)
    {
        var writes = Snapshot();
        Assert.That(writes.Where(w => !w.Acknowledged), Is.Empty);
        using var db = connect();
        var expectedRecords = writes.Count(w => w.Kind == WriteKind.Record) + writes.Where(w => w.Kind == WriteKind.Sheet).Sum(w => w.Entries);
        Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM service_records"), Is.EqualTo(expectedRecords));
        Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM attendance_batches"), Is.EqualTo(writes.Count(w => w.Kind == WriteKind.Sheet)));
        Assert.That(db.ExecuteScalar<long>("SELECT count(*) FROM idempotency_keys"), Is.EqualTo(writes.Count(w => w.Key is not null)));
    }

    public static long IdIn(string url) => long.Parse(url.Split('/')[3]);
}
