using KpiActors.Silo.Storage;
using KpiActors.Silo;
using KpiActors.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KpiActors.Benchmarks.Infrastructure;

/// <summary>Fresh databases on either engine, opened through the app's own storage classes (same pragmas, same pool).</summary>
public sealed class BenchDatabases(PostgresServer postgres)
{
    public static readonly StorageEngine[] Engines = [StorageEngine.Sqlite, StorageEngine.Postgres];

    public async Task<string> NewAsync(StorageEngine engine) =>
        engine == StorageEngine.Sqlite ? SqliteFile.CreateConnectionString() : await postgres.NewDatabaseAsync();

    /// <summary>A new database with the app's schema, for the measurements that write without the app.</summary>
    public async Task<(string ConnectionString, Database Database)> NewMigratedAsync(StorageEngine engine)
    {
        var connectionString = await NewAsync(engine);
        var database = Open(engine, connectionString);
        await new SchemaMigrator(database, KpiSiloExtensions.SchemaParts, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        return (connectionString, database);
    }

    public static Database Open(StorageEngine engine, string connectionString) =>
        engine == StorageEngine.Sqlite ? new SqliteDatabase(connectionString) : new PostgresDatabase(connectionString);

    /// <summary>
    /// Closes the idle pooled connections of apps that ran in this process and have stopped: the app hands its
    /// data source to the container as an instance, which the container never disposes, and a few such apps
    /// would otherwise hold PostgreSQL's connection slots until Npgsql's idle timeout.
    /// </summary>
    public static void ReleaseConnections() => NpgsqlConnection.ClearAllPools();

    public static string Name(StorageEngine engine) => engine == StorageEngine.Sqlite ? "SQLite" : "PostgreSQL";
}
