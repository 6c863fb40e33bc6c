using Dapper;
using Microsoft.Data.Sqlite;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Core.Backups;

public sealed record BackupFile(string Name, string Path, long Size, string? KeyFile);

/// <summary>
/// Consistent copies of the live database (VACUUM INTO reads one snapshot while writers go on) together with the data
/// key file that decrypts its ID numbers, and the restore of such a copy while the service is stopped.
/// </summary>
public static class DatabaseBackup
{
    public static string FolderFor(Database db) => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(db.Path)!, "backups");

    /// <summary>A new file in backups/ beside the database, named by the time in China Standard Time.</summary>
    public static BackupFile Create(Database db, TimeProvider clock)
    {
        var stamp = clock.GetUtcNow().ToOffset(ShanghaiTime.Offset).ToString("yyyyMMdd-HHmmss-fff");
        return Write(db, System.IO.Path.Combine(FolderFor(db), $"volunteers-{stamp}.db"));
    }

    public static BackupFile Write(Database db, string target)
    {
        target = System.IO.Path.GetFullPath(target);
        if (File.Exists(target))
            throw DomainException.Conflict(Text.T($"文件 {target} 已存在，不会覆盖", $"{target} already exists and is not overwritten"));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        using (var c = db.Open()) c.Execute("VACUUM INTO @target", new { target });
        var key = KeyFileOf(db.Path);
        string? keyCopy = null;
        if (File.Exists(key))
        {
            keyCopy = KeyFileOf(target);
            File.Copy(key, keyCopy, overwrite: true);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(keyCopy, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return new BackupFile(System.IO.Path.GetFileName(target), target, new FileInfo(target).Length, keyCopy);
    }

    /// <summary>Replaces the database with a checked copy; refuses a damaged file, and refuses while a service runs on the database.</summary>
    public static void Restore(string source, string databasePath)
    {
        source = System.IO.Path.GetFullPath(source);
        databasePath = System.IO.Path.GetFullPath(databasePath);
        if (!File.Exists(source)) throw Refused(Text.T($"找不到备份文件 {source}", $"There is no backup file {source}"));
        Check(source);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(databasePath)!);
        using var alone = ServiceLock.TryExclusive(databasePath)
            ?? throw Refused(Text.T("服务正在使用该数据库：请先停止服务，再恢复", "The service is running on this database: stop it, then restore"));
        var incoming = databasePath + ".restoring";
        File.Copy(source, incoming, overwrite: true);
        // Log and shared-memory files of the replaced database would be replayed into the restored one.
        File.Delete(databasePath + "-wal");
        File.Delete(databasePath + "-shm");
        File.Move(incoming, databasePath, overwrite: true);
        if (File.Exists(KeyFileOf(source))) File.Copy(KeyFileOf(source), KeyFileOf(databasePath), overwrite: true);
    }

    public static string KeyFileOf(string databasePath) => System.IO.Path.ChangeExtension(databasePath, ".key");

    private static void Check(string source)
    {
        var damaged = Text.T($"备份文件 {source} 已损坏（完整性检查未通过），未恢复", $"The backup {source} is damaged (integrity check failed); nothing was restored");
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            c.Open();
            var result = c.Query<string>("PRAGMA integrity_check").ToList();
            if (result is not ["ok"]) throw Refused(damaged + Environment.NewLine + string.Join(Environment.NewLine, result.Take(10)));
            if (c.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'schema_migrations'") == 0)
                throw Refused(Text.T($"{source} 不是本服务的数据库", $"{source} is not a database of this service"));
        }
        catch (SqliteException e)
        {
            throw Refused(damaged + Environment.NewLine + e.Message);
        }
    }

    private static DomainException Refused(string message) => DomainException.Conflict(message);
}
