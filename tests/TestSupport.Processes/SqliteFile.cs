using Microsoft.Data.Sqlite;

namespace KpiActors.TestSupport;

/// <summary>Fresh SQLite database files in a temporary folder of this test process.</summary>
public static class SqliteFile
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = ProcessTempFolder.Create("kpi-sqlite-");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    /// <summary>A connection string for a database file that does not exist yet.</summary>
    public static string CreateConnectionString() => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(Folder.Value, $"{Guid.NewGuid():N}.db"),
    }.ConnectionString;
}
