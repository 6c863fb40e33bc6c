using Volunteers.Core.Accounts;
using Volunteers.Core.Backups;
using Volunteers.Core.Data;
using Volunteers.Core.Documents;
using Volunteers.Core.Numbering;
using Volunteers.Core.Selection;
using Volunteers.Core.Town;

namespace Volunteers.Api.Setup;

public static class Startup
{
    /// <summary>The migration that made the one town a district's first: the numbering and issuer settings became the town's then.</summary>
    private const string TownsMigration = "0013_add_towns";

    /// <summary>Marks the database as in use (so a restore waits for a stop), migrates it and, on a database with no district administrator yet, creates the first.</summary>
    public static void PrepareDatabase(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<Database>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database.Path)!);
            var running = ServiceLock.HoldShared(database.Path);
            app.Lifetime.ApplicationStopped.Register(running.Dispose);
        }
        var applied = Migrator.Migrate(database);
        if (applied.Contains(TownsMigration))
            app.Services.GetRequiredService<TownCommands>().AdoptConfigured(app.Services.GetRequiredService<NumberingSettings>(),
                app.Services.GetRequiredService<SelectionSettings>().Issuer);
        var log = app.Logger;
        log.LogInformation("Database {Where}: {Count} migration(s) applied",
            database.Provider == DatabaseProvider.Sqlite ? database.Path : "PostgreSQL (ConnectionStrings:Volunteers)", applied.Count);

        if (!PrintedLinks.IsPublic(app.Services.GetRequiredService<SelectionSettings>().PublicBaseUrl))
            log.LogWarning("{Setting} is not set to a public address: certificates, proofs, cards and check-in posters (their QR codes) " +
                "are refused until it is, e.g. Volunteers__Selection__PublicBaseUrl=https://fuhuan.example.cn", PrintedLinks.Setting);

        var options = app.Services.GetRequiredService<VolunteersOptions>();
        var configured = !string.IsNullOrWhiteSpace(options.BootstrapAdminToken);
        var token = configured ? options.BootstrapAdminToken!.Trim() : Tokens.New();
        if (token.StartsWith(Core.Me.CardKeys.Prefix, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Volunteers:BootstrapAdminToken must not start with '{Core.Me.CardKeys.Prefix}': that is how personal cards begin.");
        if (!app.Services.GetRequiredService<AccountCommands>().Bootstrap(token)) return;
        // Printed to the console, not the log: it is shown once and must not end up in log files.
        Console.WriteLine(configured
            ? "First district-admin account created with the token from Volunteers:BootstrapAdminToken."
            : $"First district-admin account created. Its token (shown only now, keep it safe):{Environment.NewLine}  {token}");
    }
}
