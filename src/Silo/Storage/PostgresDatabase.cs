using System.Data.Common;
using KpiActors.Domain;
using Npgsql;

namespace KpiActors.Silo.Storage;

/// <summary>PostgreSQL for production and for several nodes sharing one database.</summary>
public sealed class PostgresDatabase(string connectionString) : Database, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(WithAutoPrepare(connectionString));

    /// <summary>As configured, password included: Orleans' clustering opens connections of its own with it.</summary>
    public string ConnectionString { get; } = connectionString;

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string AutoIncrementKey => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public override string Timestamp => "TIMESTAMPTZ";

    public override string Double => "DOUBLE PRECISION";

    // PostgreSQL keeps rows in the order they came; its primary key index is what a grain's replay scans.
    public override string ClusteredByKey => "";

    public override string VietnamDayOf(string column) => $"(({column} AT TIME ZONE 'UTC') + interval '{VietnamTime.Offset.TotalHours} hours')::date";

    public override string CountTables(string table) => $"SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{table}'";

    // Any fixed number: every node that migrates takes the same lock, so one migrates and the others wait.
    public override string MigrationLock => "SELECT pg_advisory_xact_lock(7436101)";

    public override string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(_dataSource.ConnectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    protected override DbConnection CreateConnection() => _dataSource.CreateConnection();

    /// <summary>
    /// Lets Npgsql prepare the statements that run over and over (the ingest's upserts and inserts, the grains'
    /// reads), which PostgreSQL would otherwise parse and plan on every execution. A connection string that
    /// sets Max Auto Prepare itself keeps its own value.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }
}
