using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Security;

/// <summary>The fuzz test's "nothing changed" is only as good as its snapshot: each change of state must show, and only the token's last use may not.</summary>
public sealed class DatabaseSnapshotTests
{
    private TestHost _host = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        (await _host.Admin().Get("/api/town")).Expect(200);
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    [TestCase("UPDATE write_generation SET value = value + 1", TestName = "A bumped write generation shows")]
    [TestCase("UPDATE account_tokens SET created_at = created_at || ' '", TestName = "Any column of a token shows")]
    [TestCase("UPDATE account_tokens SET revoked_at = ''", TestName = "An empty text is not a NULL")]
    public void A_change_of_state_changes_the_snapshot(string change) => Assert.That(SnapshotAfter(change), Is.Not.EqualTo(SnapshotAfter(null)));

    [Test]
    public void A_tokens_last_use_alone_does_not() =>
        Assert.That(SnapshotAfter("UPDATE account_tokens SET last_used_at = '2000-01-01T00:00:00.0000000+00:00'"), Is.EqualTo(SnapshotAfter(null)));

    /// <summary>The snapshot with <paramref name="change"/> applied in a transaction that is then rolled back.</summary>
    private string SnapshotAfter(string? change)
    {
        using var c = _host.Connect();
        c.Open();
        using var t = c.BeginTransaction();
        if (change is not null) Assert.That(c.Execute(change, transaction: t), Is.GreaterThan(0), change);
        var snapshot = DatabaseSnapshot.Of(c, t);
        t.Rollback();
        return snapshot;
    }
}
