using Npgsql;
using Volunteers.Core.Data;

namespace Volunteers.Tests.Support;

/// <summary>
/// A database of its own on the throwaway PostgreSQL server that test.sh starts (VOLUNTEERS_TEST_POSTGRES: a connection
/// string to its maintenance database), dropped on dispose.
/// </summary>
public sealed class TestPostgres : IDisposable
{
    public const string Variable = "VOLUNTEERS_TEST_POSTGRES";
    private readonly string _server;

    public TestPostgres()
    {
        _server = Environment.GetEnvironmentVariable(Variable)
                  ?? throw new InvalidOperationException($"{Variable} is not set: run the tests through ./test.sh, which starts a throwaway PostgreSQL server.");
        Name = "volunteers_test_" + Guid.NewGuid().ToString("N")[..12];
        Run($"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ToString();
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public PostgresDatabase Open() => new(ConnectionString);

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Run($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private void Run(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
