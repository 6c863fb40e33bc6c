using Microsoft.Data.Sqlite;
using Volunteers.Core.Data;

namespace Volunteers.Api.Setup;

/// <summary>Runs <see cref="Checkpoints.CopyLog"/> a few times a second, so that commits rarely carry a checkpoint themselves.</summary>
public sealed class BackgroundCheckpoints(Checkpoints checkpoints, ILogger<BackgroundCheckpoints> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(Interval);
        var failing = false;
        while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
        {
            try
            {
                checkpoints.CopyLog();
                failing = false;
            }
            catch (SqliteException e)
            {
                // A full or read-only disk: requests answer 503 on their own; the log stays whole until the disk recovers.
                if (!failing) log.LogWarning("Checkpoint failed, retrying: {Message}", e.Message);
                failing = true;
            }
        }
    }
}
