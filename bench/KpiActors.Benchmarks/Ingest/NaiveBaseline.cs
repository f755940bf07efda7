using System.Data.Common;
using System.Diagnostics;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Domain;
using KpiActors.Domain.Wire;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Npgsql;
using NpgsqlTypes;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>
/// Measurement 3: what a typical dashboard does with each event: store the dossier (an upsert, committed
/// on its own), then recompute the province's on-time rate over the last 30 days with an aggregate query.
/// Its table starts with a month of national volume (about 40,000 dossiers a day) and has the index such a
/// dashboard would add. It gets no HTTP and no JSON, which only flatters it. SQLite's one writer is taken
/// in turns through a lock here; SQLite's own busy-retry sleeps would only make it slower.
/// </summary>
public sealed class NaiveBaseline(BenchOptions options, BenchDatabases databases)
{
    private const string Schema = """
        CREATE TABLE naive_dossiers (
            province TEXT NOT NULL, dossier_id TEXT NOT NULL, level TEXT NOT NULL, channel TEXT NOT NULL,
            received_at {0} NOT NULL, due_at {0} NOT NULL, resolved_at {0} NULL, status TEXT NOT NULL,
            PRIMARY KEY (province, dossier_id));
        CREATE INDEX naive_by_resolution ON naive_dossiers (province, resolved_at);
        """;

    private const string Upsert = """
        INSERT INTO naive_dossiers (province, dossier_id, level, channel, received_at, due_at, resolved_at, status)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)
        ON CONFLICT (province, dossier_id) DO UPDATE SET level = excluded.level, channel = excluded.channel,
            received_at = excluded.received_at, due_at = excluded.due_at, resolved_at = excluded.resolved_at, status = excluded.status
        """;

    private const string Rate = """
        SELECT SUM(CASE WHEN resolved_at <= due_at THEN 1 ELSE 0 END), COUNT(*)
        FROM naive_dossiers WHERE province = @p0 AND resolved_at >= @p1
        """;

    public async Task<IReadOnlyList<NaiveRun>> RunAsync(StorageEngine engine, int senders)
    {
        var (_, database) = await databases.NewMigratedAsync(engine);
        await using (var connection = await database.OpenAsync())
        {
            await BulkSql.ExecuteAsync(connection, string.Format(Schema, database.Timestamp));
            Progress.Step($"seeding the dashboard's table with {options.NaiveSeedRows:N0} dossiers of the last 30 days");
            await SeedAsync(connection, options.NaiveSeedRows);
        }

        var writer = engine == StorageEngine.Sqlite ? new SemaphoreSlim(1) : null;
        var runs = new List<NaiveRun>();
        for (var run = 0; run <= options.Runs; run++)
        {
            // Far more events than the time allows: the run ends on the clock.
            var workload = DossierWorkload.Create($"naive-{run}-{Guid.NewGuid():N}", 60_000, seed: 2000 + run);
            var duration = run == 0 ? TimeSpan.FromSeconds(1) : options.NaiveDuration;
            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
            {
                int index;
                while (clock.Elapsed < duration && (index = Interlocked.Increment(ref next)) < workload.Events.Count)
                {
                    await HandleAsync(database, writer, workload.Events[index]);
                }
            }));
            clock.Stop();
            if (run > 0)
            {
                var result = new NaiveRun(engine, senders, Math.Min(next + 1, workload.Events.Count), clock.Elapsed);
                runs.Add(result);
                Progress.Step($"run {run}/{options.Runs}: {result.EventsPerSecond:N0} events/s");
            }
        }

        if (database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        return runs;
    }

    private static async Task HandleAsync(Database database, SemaphoreSlim? writer, DossierEvent e)
    {
        var fact = e.ToFact();
        await using var connection = await database.OpenAsync();
        await using (var upsert = connection.CreateCommand())
        {
            upsert.CommandText = Upsert;
            foreach (var (value, i) in new object?[] { e.Province, e.DossierId, e.Level, e.Channel, fact.ReceivedAt, fact.DueAt, fact.ResolvedAt, e.Status }.Select((v, i) => (v, i)))
            {
                upsert.AddParameter($"p{i}", value);
            }

            if (writer is not null)
            {
                await writer.WaitAsync();
            }

            try
            {
                await upsert.ExecuteNonQueryAsync();
            }
            finally
            {
                writer?.Release();
            }
        }

        await using var rate = connection.CreateCommand();
        rate.CommandText = Rate;
        rate.AddParameter("p0", e.Province);
        rate.AddParameter("p1", DateTimeOffset.UtcNow.AddDays(-30));
        await using var reader = await rate.ExecuteReaderAsync();
        await reader.ReadAsync();
    }

    private static async Task SeedAsync(DbConnection connection, int rows)
    {
        var random = new Random(42);
        var provinces = ProvinceCatalog.Vietnam.All;
        var now = DateTimeOffset.UtcNow;
        IEnumerable<(string Province, string Id, DateTimeOffset Received, DateTimeOffset Due, DateTimeOffset Resolved)> History()
        {
            for (var i = 0; i < rows; i++)
            {
                var resolved = now.AddSeconds(-random.Next(30 * 24 * 3600));
                var received = resolved.AddDays(-1 - random.Next(20));
                yield return (provinces[random.Next(provinces.Count)].Code, $"history-{i}", received, received.AddDays(3 + random.Next(13)), resolved);
            }
        }

        if (connection is NpgsqlConnection postgres)
        {
            await using (var importer = await postgres.BeginBinaryImportAsync(
                             "COPY naive_dossiers (province, dossier_id, level, channel, received_at, due_at, resolved_at, status) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var row in History())
                {
                    await importer.WriteRowAsync(default, row.Province, row.Id, "commune", "online", row.Received.UtcDateTime, row.Due.UtcDateTime, row.Resolved.UtcDateTime, "resolved");
                }

                await importer.CompleteAsync();
            }

            await BulkSql.ExecuteAsync(connection, "ANALYZE naive_dossiers");
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await using (var insert = BulkSql.Prepared(connection, transaction,
                         "INSERT INTO naive_dossiers VALUES (@p0, @p1, 'commune', 'online', @p2, @p3, @p4, 'resolved')", 5))
        {
            foreach (var row in History())
            {
                BulkSql.Set(insert, row.Province, row.Id, row.Received, row.Due, row.Resolved);
                await insert.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        await BulkSql.ExecuteAsync(connection, "ANALYZE");
    }
}
