using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace KpiActors.Silo.Storage;

/// <summary>Brings the database to the newest schema version, one transaction per step.</summary>
public sealed class SchemaMigrator(Database database, ILogger<SchemaMigrator> logger)
{
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var first = await connection.BeginTransactionAsync(cancellationToken))
        {
            // Under the lock too: two nodes creating the table at once collide even with IF NOT EXISTS.
            await ExecuteAsync(connection, first, database.MigrationLock, cancellationToken);
            await ExecuteAsync(connection, first, $"""
                CREATE TABLE IF NOT EXISTS schema_version (
                    version INTEGER PRIMARY KEY,
                    description TEXT NOT NULL,
                    applied_at {database.Timestamp} NOT NULL
                )
                """, cancellationToken);
            await first.CommitAsync(cancellationToken);
        }

        var version = 0;
        foreach (var migration in Migrations.All)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, database.MigrationLock, cancellationToken);
            version = await CurrentVersionAsync(connection, transaction, cancellationToken);
            if (migration.Version <= version)
            {
                continue;
            }

            if (migration.Sql(database) is { Length: > 0 } sql)
            {
                await ExecuteAsync(connection, transaction, sql, cancellationToken);
            }

            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @at)";
                record.AddParameter("version", migration.Version);
                record.AddParameter("description", migration.Description);
                record.AddParameter("at", DateTimeOffset.UtcNow);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            version = migration.Version;
            logger.LogInformation("Schema migrated to version {Version}: {Description}", migration.Version, migration.Description);
        }

        return version;
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // A step that rewrites a large table (the log, for one) takes as long as it takes; the host waits for it.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
