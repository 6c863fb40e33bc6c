using Volunteers.Core.Backups;
using Volunteers.Core.Common;
using Volunteers.Core.Data;
using Volunteers.Core.Town;

namespace Volunteers.Api.Setup;

/// <summary>
/// dotnet run --project Volunteers.Api -- backup &lt;file&gt; | restore &lt;file&gt; | copy-town &lt;town's SQLite file&gt;: the
/// database is found from the same settings as the service uses (appsettings.json, Volunteers__Database,
/// Volunteers__DatabaseProvider with ConnectionStrings__Volunteers, --Volunteers:Database=...).
/// </summary>
public static class Commands
{
    public static bool Handles(string[] args) => args is ["backup" or "restore" or "copy-town", ..];

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: backup <file> | restore <file> | copy-town <town's SQLite file> [--SourceDataKey=<base64>]");
            return 2;
        }
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args[2..])
            .Build();
        var options = VolunteersOptions.From(configuration);
        var databasePath = Path.GetFullPath(options.DatabasePath(Directory.GetCurrentDirectory()));
        try
        {
            if (args[0] == "copy-town") return CopyTown(args[1], configuration, options);
            if (args[0] == "backup")
            {
                if (!File.Exists(databasePath)) throw DomainException.NotFound(Text.T($"数据库 {databasePath}", $"The database {databasePath}"));
                var file = DatabaseBackup.Write(new Database(databasePath), args[1]);
                Console.WriteLine($"{databasePath} → {file.Path} ({file.Size:N0} bytes)");
                Console.WriteLine(file.KeyFile is null
                    ? "The data key comes from the Volunteers:DataKey setting: keep that setting with the backup, or ID numbers cannot be read."
                    : $"Data key copied to {file.KeyFile}: keep it with the backup, or ID numbers cannot be read.");
            }
            else
            {
                DatabaseBackup.Restore(args[1], databasePath);
                Console.WriteLine($"{Path.GetFullPath(args[1])} → {databasePath}: restored.");
            }
            return 0;
        }
        catch (DomainException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (Exception e) when (args[0] == "copy-town" && e is System.Data.Common.DbException or InvalidOperationException or FormatException)
        {
            Console.Error.WriteLine($"Nothing was copied: {e.Message}");
            return 1;
        }
    }

    private static int CopyTown(string file, IConfiguration configuration, VolunteersOptions options)
    {
        using var target = CoreServices.OpenDatabase(options, configuration, Directory.GetCurrentDirectory());
        Migrator.Migrate(target);
        var sourceKeyFile = DatabaseBackup.KeyFileOf(Path.GetFullPath(file));
        var sourceKey = configuration["SourceDataKey"] is { Length: > 0 } given ? Convert.FromBase64String(given.Trim())
            : File.Exists(sourceKeyFile) ? Convert.FromBase64String(File.ReadAllText(sourceKeyFile).Trim())
            : null;
        var copied = TownCopy.Run(file, sourceKey, target, CoreServices.DataKeyOf(target, options));
        Console.WriteLine($"{Path.GetFullPath(file)} → town {copied.TownId} {copied.Code} {copied.Name}" +
                          (copied.FilledEmptyTown ? " (the district's empty town of that code, filled in place)" : "") + ": copied.");
        foreach (var (table, rows) in copied.Rows)
            Console.WriteLine($"  {table,-26} {rows,10:N0} rows" + (copied.IdOffsets.TryGetValue(table, out var offset) ? $", ids +{offset:N0}" : ""));
        Console.WriteLine($"Audit chain: {copied.ChainEntries:N0} entries copied and verified; the file's {copied.DistrictEntries:N0} district entries appended to the district's chain.");
        Console.WriteLine($"Totals reconciled: {copied.Totals}.");
        Console.WriteLine(copied.Reencrypted ? "ID numbers re-encrypted with the district's data key." : "ID numbers kept: the file and the district share one data key.");
        Console.WriteLine("The town's staff tokens and volunteers' cards work on the district's service; its administrators are now town-admin of this town.");
        return 0;
    }
}
