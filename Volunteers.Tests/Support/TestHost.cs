using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Volunteers.Tests.Support;

/// <summary>The real service on a real SQLite file of its own (a copy of <see cref="TemplateDatabase"/>), in a temporary folder removed on dispose.</summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    public const string PublicBaseUrl = "https://fuhuan.example.cn";
    public const string AdminToken = "vol_test-admin-token-0123456789abcdefghijklmnop";
    private readonly Dictionary<string, string?> _settings;

    public TestHost(string? folder = null, IDictionary<string, string?>? settings = null)
    {
        Folder = folder ?? Directory.CreateTempSubdirectory("volunteers-test-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Volunteers:Database"] = Path.Combine(Folder, "volunteers.db"),
            ["Volunteers:BootstrapAdminToken"] = AdminToken,
            // As a deployment sets it: documents with QR codes are refused without a public address.
            ["Volunteers:Selection:PublicBaseUrl"] = PublicBaseUrl,
        };
        // A town's own SQLite file, whichever engine the run is on: a host asked for SQLite (a town before it joins the district).
        var sqlite = settings?.TryGetValue("Volunteers:DatabaseProvider", out var provider) == true && provider == "sqlite";
        if (OnPostgres && !sqlite)
        {
            // A host started again on the same folder (a restart) finds the database of the first.
            var named = Path.Combine(Folder, "postgres-database");
            _postgres = File.Exists(named) ? TestPostgres.Existing(File.ReadAllText(named)) : new TestPostgres(migrated: true);
            File.WriteAllText(named, _postgres.Name);
            _settings["Volunteers:DatabaseProvider"] = "postgres";
            _settings["ConnectionStrings:Volunteers"] = _postgres.ConnectionString;
            _settings["Volunteers:DataKey"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7 + 1)).ToArray());
        }
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) _settings[k] = v;
        if (_postgres is null) TemplateDatabase.CopyTo(DatabasePath);
    }

    /// <summary>
    /// A test category for what only SQLite has (its file, PRAGMAs, query plans, backups, checkpoints): test.sh's PostgreSQL
    /// run leaves these out.
    /// </summary>
    public const string SqliteOnly = "SqliteOnly";

    /// <summary>VOLUNTEERS_TEST_PROVIDER=postgres (test.sh's second run): every host on a PostgreSQL database of its own.</summary>
    public static bool OnPostgres => Environment.GetEnvironmentVariable("VOLUNTEERS_TEST_PROVIDER") == "postgres";

    private readonly TestPostgres? _postgres;

    public string Folder { get; }

    /// <summary>A connection to the host's own database, on whichever engine it runs, for a test to look at what was stored.</summary>
    public DbConnection Connect() => _postgres is not null
        ? new NpgsqlConnection(_postgres.ConnectionString)
        : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
    public string DatabasePath => _settings["Volunteers:Database"]!;

    /// <summary>The settings the host runs with, for a command run as the operator would against the same database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => _settings;

    /// <summary>The service's clock, in place of the system's.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Receives the service's log lines, besides its usual providers.</summary>
    public ILoggerProvider? Logs { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (Logs is not null) builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (Clock is not null) builder.ConfigureTestServices(services => services.AddSingleton(Clock));
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Serves over real TCP (Kestrel on 127.0.0.1, a free port) for a browser; call before the host is first used.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    /// <summary>A client of the Kestrel server started by <see cref="StartKestrel"/>.</summary>
    public ApiClient Over(Uri address, string? token = null)
    {
        var client = new HttpClient(new ConformanceCheck { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = address };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new ApiClient(client);
    }

    /// <summary>A client as <see cref="WebApplicationFactory{T}"/> makes one, with every answer checked against the OpenAPI document.</summary>
    public new HttpClient CreateClient() => CreateClient(new WebApplicationFactoryClientOptions());

    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect) handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        if (options.HandleCookies) handlers.Add(new CookieContainerHandler());
        handlers.Add(new ConformanceCheck());
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    public ApiClient Anonymous() => new(CreateClient());

    public ApiClient As(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new ApiClient(client);
    }

    public ApiClient Admin() => As(AdminToken);

    /// <summary>Disposes the host and deletes its folder, unless the folder is kept for a restart.</summary>
    public void DisposeAndDelete()
    {
        Dispose();
        _postgres?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
