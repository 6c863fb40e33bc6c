using Dapper;
using System.Data.Common;

namespace Volunteers.Core.Data;

/// <summary>
/// Folds the write-ahead log into the database file between requests. Left to SQLite alone, the commit that takes the log
/// past 1,000 pages copies them all and syncs the file before it answers, so one request in ~80 waits behind a checkpoint
/// and so does everyone queued for the write lock; copied here first, that commit finds almost nothing left to do.
/// </summary>
public sealed class Checkpoints(Database database)
{
    // SQLite refuses a second checkpoint while one runs, without waiting: ours take turns instead.
    private readonly Lock _turn = new();

    /// <summary>A passive checkpoint: it takes no lock a writer or reader waits for, and copies what no open read still needs.</summary>
    public void CopyLog()
    {
        using var connection = database.Open();
        lock (_turn) connection.Execute("PRAGMA wal_checkpoint(PASSIVE)");
    }

    /// <summary>Moves everything in the log into the file and empties the log, waiting for readers as long as the busy timeout allows.</summary>
    public void EmptyLog(DbConnection connection)
    {
        lock (_turn) connection.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
}
