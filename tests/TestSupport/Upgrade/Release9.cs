using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KpiActors.TestSupport.Upgrade;

/// <summary>
/// Databases written by release 9 (the last release with one schema version), on both engines, and the manifest of what
/// they hold: what an upgrade must keep. Each test gets a copy of its own.
/// </summary>
public static class Release9
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Upgrade");

    /// <summary>release-9.json, as the release answered it when the fixtures were made (see make-fixtures.sh).</summary>
    public static JsonElement Manifest { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "release-9.json"))).RootElement;

    /// <summary>What the manifest says of one engine's database.</summary>
    public static JsonElement Of(StorageEngine engine) => Manifest.GetProperty("engines").GetProperty(engine == StorageEngine.Sqlite ? "sqlite" : "postgres");

    public static string AdminKey => Manifest.GetProperty("adminKey").GetString()!;

    /// <summary>A connection string to a fresh copy of the engine's release 9 database.</summary>
    public static async Task<string> CopyAsync(StorageEngine engine)
    {
        if (engine == StorageEngine.Sqlite)
        {
            var connectionString = SqliteFile.CreateConnectionString();
            File.Copy(Path.Combine(Folder, "release-9.sqlite"), new SqliteConnectionStringBuilder(connectionString).DataSource);
            return connectionString;
        }

        var database = await PostgresServer.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = await File.ReadAllTextAsync(Path.Combine(Folder, "release-9.postgres.sql"));
        await command.ExecuteNonQueryAsync();
        return database;
    }
}
