using Volunteers.Core.Backups;
using Volunteers.Core.Common;
using Volunteers.Core.Data;

namespace Volunteers.Api.Setup;

/// <summary>
/// dotnet run --project Volunteers.Api -- backup &lt;file&gt; | restore &lt;file&gt;: the database is found from the same
/// settings as the service uses (appsettings.json, Volunteers__Database, --Volunteers:Database=...).
/// </summary>
public static class Commands
{
    public static bool Handles(string[] args) => args is ["backup" or "restore", ..];

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: backup <file> | restore <file>");
            return 2;
        }
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args[2..])
            .Build();
        var databasePath = Path.GetFullPath(VolunteersOptions.From(configuration).DatabasePath(Directory.GetCurrentDirectory()));
        try
        {
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
    }
}
