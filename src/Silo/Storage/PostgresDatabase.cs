using System.Data.Common;
using Npgsql;

namespace KpiActors.Silo.Storage;

/// <summary>PostgreSQL for production and for several nodes sharing one database.</summary>
public sealed class PostgresDatabase(string connectionString) : Database, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string AutoIncrementKey => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public override string Timestamp => "TIMESTAMPTZ";

    public override string Double => "DOUBLE PRECISION";

    // Any fixed number: every node that migrates takes the same lock, so one migrates and the others wait.
    public override string MigrationLock => "SELECT pg_advisory_xact_lock(7436101)";

    public override string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(_dataSource.ConnectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    protected override DbConnection CreateConnection() => _dataSource.CreateConnection();
}
