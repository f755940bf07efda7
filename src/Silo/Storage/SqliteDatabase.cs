using System.Data.Common;
using KpiActors.Domain;
using Microsoft.Data.Sqlite;

namespace KpiActors.Silo.Storage;

/// <summary>
/// The embedded default: one file, write-ahead log, synchronous=FULL so that an acknowledged commit
/// survives a crash of the process and of the machine.
/// </summary>
public sealed class SqliteDatabase : Database
{
    private readonly string _connectionString;

    public SqliteDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string DataSource { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string AutoIncrementKey => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override string Timestamp => "TEXT";

    public override string Double => "REAL";

    public override string ClusteredByKey => " WITHOUT ROWID";

    public override string VietnamDayOf(string column) => $"date({column}, '+{VietnamTime.Offset.TotalHours} hours')";

    public override string CountTables(string table) => $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'";

    public override string MigrationLock => "SELECT 1";

    public override string Describe() => $"SQLite file {Path.GetFullPath(DataSource)}";

    protected override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    protected override async Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
