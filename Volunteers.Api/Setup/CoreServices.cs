using Volunteers.Core.CheckIn;
using Volunteers.Core.Data;
using Volunteers.Core.Numbering;
using Volunteers.Core.ServiceRecords;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Setup;

public static class CoreServices
{
    /// <summary>The kinds of class registered by their name's ending: every one is a stateless singleton over the database.</summary>
    private static readonly string[] Conventional = ["Queries", "Commands", "Rules", "Views", "Responses"];

    public static IServiceCollection AddVolunteersCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = VolunteersOptions.From(configuration);
        var database = OpenDatabase(options, configuration, contentRoot);
        services.AddSingleton(options);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new PersonalDataProtector(DataKeyOf(database, options)));
        services.AddSingleton(new ReviewSettings(options.TwoStepReview));
        services.AddSingleton(options.Incentives.ToSettings());
        services.AddSingleton(options.Selection);
        services.AddSingleton(options.Numbering.Checked());
        services.AddSingleton(options.CheckIn.Checked());
        services.AddSingleton(options.Privacy);
        services.AddSingleton<NumberSequences>();
        services.AddSingleton<Checkpoints>();
        if (database.Provider == DatabaseProvider.Sqlite) services.AddHostedService<BackgroundCheckpoints>();
        else EnoughThreadsForWaitingWriters();
        foreach (var type in new[] { typeof(Database).Assembly, typeof(CoreServices).Assembly }.SelectMany(a => a.GetExportedTypes())
                     .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericType: false, IsNested: false } && Conventional.Any(t.Name.EndsWith)))
            services.AddSingleton(type);
        return services;
    }

    // Database calls are synchronous: each writer waiting for its turn holds a pool thread. On PostgreSQL the writer whose
    // turn it is then waits for its socket's answer, which on Linux .NET signals through a pool thread too; with every pool
    // thread waiting, that answer waits for the pool to add a thread (a thread or two a second past its minimum). Seen with 300
    // check-ins at once (dotnet-stack: the lock holder in Socket.Receive, the server idle in transaction): bursts of
    // 30–60 s and writers timing out. A minimum above any burst a town sends lets the pool start the threads at once;
    // threads that are not needed are never started.
    private static void EnoughThreadsForWaitingWriters()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 1000), io);
    }

    /// <summary>The key that encrypts ID numbers: configured, or (SQLite) kept beside the file.</summary>
    public static byte[] DataKeyOf(Database database, VolunteersOptions options) => database.Provider == DatabaseProvider.Sqlite
        ? DataKeys.LoadOrCreate(options.DataKey, database.Path)
        : DataKeys.Configured(options.DataKey);

    public static Database OpenDatabase(VolunteersOptions options, IConfiguration configuration, string contentRoot) =>
        options.DatabaseProvider.Trim().ToLowerInvariant() switch
        {
            "sqlite" => new Database(options.DatabasePath(contentRoot)),
            "postgres" or "postgresql" => Database.Postgres(configuration.GetConnectionString("Volunteers") is { Length: > 0 } connection
                ? connection
                : throw new InvalidOperationException("Volunteers:DatabaseProvider=postgres needs ConnectionStrings:Volunteers (env ConnectionStrings__Volunteers), e.g. Host=db;Database=volunteers;Username=volunteers;Password=…")),
            var other => throw new InvalidOperationException($"Volunteers:DatabaseProvider must be sqlite or postgres, not '{other}'"),
        };
}
