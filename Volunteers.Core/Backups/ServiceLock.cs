namespace Volunteers.Core.Backups;

/// <summary>
/// A lock file beside the database: every running service holds it shared, a restore needs it alone. The operating
/// system releases it when a process ends, however it ends, so a crash leaves nothing stale behind.
/// </summary>
public static class ServiceLock
{
    public static string PathFor(string databasePath) => databasePath + ".lock";

    public static IDisposable HoldShared(string databasePath) =>
        new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);

    /// <returns>The exclusive hold, or null while a service runs on the database.</returns>
    public static IDisposable? TryExclusive(string databasePath)
    {
        try
        {
            return new FileStream(PathFor(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
