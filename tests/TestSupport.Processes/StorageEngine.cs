namespace KpiActors.TestSupport;

public enum StorageEngine
{
    Sqlite,
    Postgres,
}

public static class StorageEngines
{
    /// <summary>A connection string to a new, empty database: a SQLite file not made yet, or a database on the private PostgreSQL server.</summary>
    public static async Task<string> NewDatabaseAsync(this StorageEngine engine) =>
        engine == StorageEngine.Sqlite ? SqliteFile.CreateConnectionString() : await PostgresServer.CreateDatabaseAsync();
}
