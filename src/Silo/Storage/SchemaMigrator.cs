using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace KpiActors.Silo.Storage;

/// <summary>
/// Brings the database to the newest step of every schema part, in the parts' order, one transaction per step, under a
/// lock that makes nodes starting together migrate one at a time. Each part's steps are recorded in schema_history.
/// </summary>
public sealed class SchemaMigrator(Database database, IEnumerable<SchemaPart> parts, ILogger<SchemaMigrator> logger)
{
    /// <summary>The single schema version the releases before per-feature parts ended with; see <see cref="SchemaPart.StepsInSchema9"/>.</summary>
    public const int LastSingleVersion = 9;

    /// <summary>The step each part is at afterwards.</summary>
    public async Task<IReadOnlyDictionary<string, int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var ordered = parts.ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var first = await connection.BeginTransactionAsync(cancellationToken))
        {
            // Under the lock too: two nodes creating the table at once collide even with IF NOT EXISTS.
            await ExecuteAsync(connection, first, database.MigrationLock, cancellationToken);
            await ExecuteAsync(connection, first, $"""
                CREATE TABLE IF NOT EXISTS schema_history (
                    part TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    description TEXT NOT NULL,
                    applied_at {database.Timestamp} NOT NULL,
                    PRIMARY KEY (part, version)
                )
                """, cancellationToken);
            await AdoptSingleVersionSchemaAsync(connection, first, ordered, cancellationToken);
            await first.CommitAsync(cancellationToken);
        }

        var reached = new Dictionary<string, int>();
        foreach (var part in ordered)
        {
            var version = 0;
            foreach (var step in part.Steps)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, database.MigrationLock, cancellationToken);
                version = (int)await NumberAsync(connection, transaction, $"SELECT COALESCE(MAX(version), 0) FROM schema_history WHERE part = '{part.Name}'", cancellationToken);
                if (step.Version <= version)
                {
                    continue;
                }

                if (step.Sql(database) is { Length: > 0 } sql)
                {
                    await ExecuteAsync(connection, transaction, sql, cancellationToken);
                }

                await RecordAsync(connection, transaction, part.Name, step, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                version = step.Version;
                logger.LogInformation("Schema part {Part} migrated to step {Version}: {Description}", part.Name, step.Version, step.Description);
            }

            reached[part.Name] = version;
        }

        return reached;
    }

    /// <summary>
    /// A database written by a release before per-feature parts has one schema_version table whose version 9 holds the
    /// first steps of every part (<see cref="SchemaPart.StepsInSchema9"/>): they are recorded as applied, and the table goes.
    /// An older version is refused: its steps are no longer here to run.
    /// </summary>
    private async Task AdoptSingleVersionSchemaAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SchemaPart> ordered, CancellationToken cancellationToken)
    {
        if (await NumberAsync(connection, transaction, database.CountTables("schema_version"), cancellationToken) == 0)
        {
            return;
        }

        var single = await NumberAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken);
        if (single != LastSingleVersion)
        {
            throw new InvalidOperationException(
                $"The database has schema version {single} of an earlier release. This release upgrades version {LastSingleVersion} only: " +
                $"start the release of December 2026 (schema {LastSingleVersion}) on it once, then this one.");
        }

        foreach (var part in ordered)
        {
            foreach (var step in part.Steps.Take(part.StepsInSchema9))
            {
                await RecordAsync(connection, transaction, part.Name, step, cancellationToken);
            }
        }

        await ExecuteAsync(connection, transaction, "DROP TABLE schema_version", cancellationToken);
        logger.LogInformation("Schema version {Version} adopted as the first steps of its parts", single);
    }

    private static async Task RecordAsync(DbConnection connection, DbTransaction transaction, string part, Migration step, CancellationToken cancellationToken)
    {
        await using var record = connection.CreateCommand();
        record.Transaction = transaction;
        record.CommandText = "INSERT INTO schema_history (part, version, description, applied_at) VALUES (@part, @version, @description, @at)";
        record.AddParameter("part", part);
        record.AddParameter("version", step.Version);
        record.AddParameter("description", step.Description);
        record.AddParameter("at", DateTimeOffset.UtcNow);
        await record.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> NumberAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
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
