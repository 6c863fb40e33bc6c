using Npgsql;

namespace Volunteers.Core.Data;

/// <summary>The one place that knows how to reach a district's PostgreSQL database: pooled connections from one data source.</summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly NpgsqlDataSource _source;

    public PostgresDatabase(string connectionString)
    {
        _source = NpgsqlDataSource.Create(connectionString);
        TypeHandlers.Register();
    }

    public NpgsqlConnection Open() => _source.OpenConnection();

    public void Dispose() => _source.Dispose();
}
