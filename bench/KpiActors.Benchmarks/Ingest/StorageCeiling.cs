using KpiActors.Silo.Facts;
using System.Data.Common;
using System.Diagnostics;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Domain;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Npgsql;
using NpgsqlTypes;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>
/// Measurement 2: the rows a workload leaves (its dossiers and deltas) written straight into the app's
/// schema with the engine's fastest bulk path and one durable commit: binary COPY for PostgreSQL, one
/// prepared statement per table in one transaction for SQLite. No HTTP, no grains, no reading of previous
/// versions: what the engine itself can absorb, the ceiling for durable ingest.
/// </summary>
public sealed class StorageCeiling(BenchOptions options, BenchDatabases databases)
{
    public async Task<IReadOnlyList<CeilingRun>> RunAsync(StorageEngine engine)
    {
        var events = options.IngestSizes.Values.Max(s => s.Events);
        var runs = new List<CeilingRun>();
        for (var run = 0; run <= options.Runs; run++)
        {
            var workload = DossierWorkload.Create($"ceiling-{run}-{Guid.NewGuid():N}", events, seed: 1000 + run);
            var rows = StoredRows.Of(workload);
            var (_, database) = await databases.NewMigratedAsync(engine);
            var clock = Stopwatch.StartNew();
            await using (var connection = await database.OpenAsync())
            {
                if (connection is NpgsqlConnection postgres)
                {
                    await CopyAsync(postgres, rows);
                }
                else
                {
                    await InsertAsync(connection, rows);
                }
            }

            clock.Stop();
            if (database is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }

            // Run 0 warms the code paths up and is not kept.
            if (run > 0)
            {
                var result = new CeilingRun(engine, events, rows.Dossiers.Count, rows.Deltas.Count, clock.Elapsed);
                runs.Add(result);
                Progress.Step($"run {run}/{options.Runs}: {result.EventsPerSecond:N0} events/s ({result.RowsPerSecond:N0} rows/s)");
            }
        }

        return runs;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, StoredRows rows)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var importer = await connection.BeginBinaryImportAsync(
                         "COPY dossiers (province, dossier_id, level, channel, procedure_code, received_at, due_at, resolved_at, status, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var d in rows.Dossiers)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(d.Province);
                await importer.WriteAsync(d.DossierId);
                await importer.WriteAsync(EnumText<AdministrativeLevel>.Of(d.Level));
                await importer.WriteAsync(EnumText<Channel>.Of(d.Channel));
                await importer.WriteNullAsync();
                await importer.WriteAsync(d.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(d.DueAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                if (d.ResolvedAt is { } resolved)
                {
                    await importer.WriteAsync(resolved.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                }
                else
                {
                    await importer.WriteNullAsync();
                }

                await importer.WriteAsync(EnumText<DossierStatus>.Of(d.Status));
                await importer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await importer.CompleteAsync();
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
                         "COPY delta_log (sequence, province, indicator, bucket, v0, v1, v2, v3, v4, v5, recorded_at, day) FROM STDIN (FORMAT BINARY)"))
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < rows.Deltas.Count; i++)
            {
                var delta = rows.Deltas[i];
                await importer.StartRowAsync();
                await importer.WriteAsync(rows.Sequences[i], NpgsqlDbType.Bigint);
                await importer.WriteAsync(delta.Province);
                await importer.WriteAsync(delta.Indicator);
                await importer.WriteAsync(delta.Bucket, NpgsqlDbType.Integer);
                foreach (var value in delta.Values)
                {
                    await importer.WriteAsync(value, NpgsqlDbType.Bigint);
                }

                await importer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(SqlDeltaLog.DayOf(now), NpgsqlDbType.Integer);
            }

            await importer.CompleteAsync();
        }

        await using (var ledger = new NpgsqlCommand(
                         "INSERT INTO ledger (province, indicator, last_sequence) SELECT * FROM unnest(@province, @indicator, @last)", connection, transaction))
        {
            ledger.Parameters.Add(new NpgsqlParameter<string[]>("province", rows.Ledger.Keys.Select(k => k.Province).ToArray()));
            ledger.Parameters.Add(new NpgsqlParameter<string[]>("indicator", rows.Ledger.Keys.Select(k => k.Indicator).ToArray()));
            ledger.Parameters.Add(new NpgsqlParameter<long[]>("last", rows.Ledger.Values.ToArray()));
            await ledger.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task InsertAsync(DbConnection connection, StoredRows rows)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var now = DateTimeOffset.UtcNow;
        await using (var insert = BulkSql.Prepared(connection, transaction, """
                         INSERT INTO dossiers (province, dossier_id, level, channel, procedure_code, received_at, due_at, resolved_at, status, updated_at)
                         VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
                         """, 10))
        {
            foreach (var d in rows.Dossiers)
            {
                BulkSql.Set(insert, d.Province, d.DossierId, EnumText<AdministrativeLevel>.Of(d.Level), EnumText<Channel>.Of(d.Channel), null,
                    d.ReceivedAt, d.DueAt, d.ResolvedAt, EnumText<DossierStatus>.Of(d.Status), now);
                await insert.ExecuteNonQueryAsync();
            }
        }

        await using (var insert = BulkSql.Prepared(connection, transaction, """
                         INSERT INTO delta_log (province, indicator, sequence, bucket, v0, v1, v2, v3, v4, v5, recorded_at, day)
                         VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)
                         """, 12))
        {
            for (var i = 0; i < rows.Deltas.Count; i++)
            {
                var (delta, v) = (rows.Deltas[i], rows.Deltas[i].Values);
                BulkSql.Set(insert, delta.Province, delta.Indicator, rows.Sequences[i], delta.Bucket, v[0], v[1], v[2], v[3], v[4], v[5], now, SqlDeltaLog.DayOf(now));
                await insert.ExecuteNonQueryAsync();
            }
        }

        await using (var ledger = BulkSql.Prepared(connection, transaction, "INSERT INTO ledger (province, indicator, last_sequence) VALUES (@p0, @p1, @p2)", 3))
        {
            foreach (var ((province, indicator), last) in rows.Ledger)
            {
                BulkSql.Set(ledger, province, indicator, last);
                await ledger.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }
}
