using System.Collections.Concurrent;
using System.Diagnostics;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Benchmarks.Ingest;
using KpiActors.Domain;
using KpiActors.TestSupport;
using Npgsql;
using NpgsqlTypes;

namespace KpiActors.Benchmarks.Peer;

/// <summary>
/// Measurement 8, the second baseline: <see cref="PeerSchema"/> on the same durable PostgreSQL, fed the same workload
/// as measurement 1 (batches of 100 and 1,000, the same senders, 5 % repeats and 5 % corrections) and the same steady
/// traffic as measurement 4, with one connection listening as the peer's web server would. No HTTP, no JSON and no
/// WebSocket fan-out on its side, which flatters it.
/// </summary>
public sealed class PeerBaseline(BenchOptions options, BenchDatabases databases)
{
    private const string Deadlock = "40P01";
    private static readonly TimeSpan SendInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(1.5);

    public async Task<(IReadOnlyList<PeerIngestRun> Ingest, IReadOnlyList<PeerPushRun> Push)> RunAsync()
    {
        await using var source = NpgsqlDataSource.Create(await databases.NewAsync(StorageEngine.Postgres));
        await using (var schema = source.CreateCommand(PeerSchema.Sql))
        {
            await schema.ExecuteNonQueryAsync();
        }

        var ingest = new List<PeerIngestRun>();
        await IngestOnceAsync(source, 100, 2_000, 4, "peer-warmup", seed: 0);
        for (var run = 1; run <= options.Runs; run++)
        {
            foreach (var batchSize in new[] { 100, 1_000 })
            {
                var (events, senders) = options.IngestSizes[batchSize];
                var result = await IngestOnceAsync(source, batchSize, events, senders, $"peer-r{run}-{batchSize}", seed: run * 7919 + batchSize);
                ingest.Add(result);
                Progress.Step($"run {run}/{options.Runs} batch {batchSize,5} x{senders,2} senders: {result.EventsPerSecond,9:N0} events/s ({result.Deadlocks} deadlocks retried)");
            }
        }

        var push = new List<PeerPushRun>();
        foreach (var rate in options.PushRates)
        {
            for (var run = 1; run <= options.Runs; run++)
            {
                var result = await PushOnceAsync(source, rate);
                push.Add(result);
                Progress.Step($"push {rate:N0}/s ({result.AchievedRate:N0} achieved), NOTIFY to one listener, run {run}: " +
                              $"p50 {result.P50Ms:0} ms, p99 {result.P99Ms:0} ms, max {result.MaxMs:0} ms, missing {result.Missing}");
            }
        }

        return (ingest, push);
    }

    private static async Task<PeerIngestRun> IngestOnceAsync(NpgsqlDataSource source, int batchSize, int events, int senders, string runId, int seed)
    {
        var workload = DossierWorkload.Create($"{runId}-{Guid.NewGuid():N}", events, seed);
        // One statement cannot upsert a row twice: within a batch, the last version of a dossier is the one sent. Rows go in
        // key order, so that two batches with a dossier in common lock their rows in one order instead of deadlocking.
        var batches = workload.Events.Select(e => e.ToFact()).Chunk(batchSize)
            .Select(batch => batch.GroupBy(f => (f.Province, f.DossierId)).Select(g => g.Last())
                .OrderBy(f => f.Province, StringComparer.Ordinal).ThenBy(f => f.DossierId, StringComparer.Ordinal).ToList())
            .ToList();
        var next = -1;
        var deadlocks = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Count)
            {
                while (true)
                {
                    try
                    {
                        await UpsertAsync(source, batches[index]);
                        break;
                    }
                    catch (PostgresException e) when (e.SqlState == Deadlock)
                    {
                        Interlocked.Increment(ref deadlocks);
                    }
                }
            }
        }));
        clock.Stop();
        return new PeerIngestRun(batchSize, senders, events, clock.Elapsed, deadlocks);
    }

    private static async Task UpsertAsync(NpgsqlDataSource source, IReadOnlyList<DossierFact> dossiers)
    {
        await using var command = source.CreateCommand(PeerSchema.Upsert);
        command.Parameters.Add(new NpgsqlParameter<string[]>("province", dossiers.Select(d => d.Province).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("id", dossiers.Select(d => d.DossierId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("level", dossiers.Select(d => EnumText<AdministrativeLevel>.Of(d.Level)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("channel", dossiers.Select(d => EnumText<Channel>.Of(d.Channel)).ToArray()));
        command.Parameters.Add(Instants("received", dossiers.Select(d => (DateTime?)d.ReceivedAt.UtcDateTime)));
        command.Parameters.Add(Instants("due", dossiers.Select(d => (DateTime?)d.DueAt.UtcDateTime)));
        command.Parameters.Add(Instants("resolved", dossiers.Select(d => d.ResolvedAt?.UtcDateTime)));
        command.Parameters.Add(new NpgsqlParameter<string[]>("status", dossiers.Select(d => EnumText<DossierStatus>.Of(d.Status)).ToArray()));
        await command.ExecuteNonQueryAsync();
    }

    private static NpgsqlParameter Instants(string name, IEnumerable<DateTime?> values) =>
        new NpgsqlParameter<DateTime?[]>(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = values.ToArray() };

    /// <summary>
    /// Each province its own sender, one commit in flight, ten a second, of new dossiers received a moment ago: each adds
    /// one to the province's online-dossier count of this month, which the NOTIFY carries. As measurement 4 does for ours.
    /// </summary>
    private async Task<PeerPushRun> PushOnceAsync(NpgsqlDataSource source, int rate)
    {
        var provinces = ProvinceCatalog.Vietnam.All;
        var index = provinces.Select((p, i) => (p.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var perRequest = Math.Max(1, (int)Math.Round(rate * SendInterval.TotalSeconds / provinces.Count));
        var month = ReportingPeriod.Containing(VietnamTime.DateOf(DateTimeOffset.UtcNow.AddSeconds(-1)), PeriodKind.Month);
        var monthKey = (month.Year * 100 + month.Index).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var counts = await CountsAsync(source, month.Year * 100 + month.Index);

        var heard = provinces.Select(_ => new ConcurrentQueue<(long Received, long At)>()).ToArray();
        await using var listener = await source.OpenConnectionAsync();
        listener.Notification += (_, e) =>
        {
            var at = Stopwatch.GetTimestamp();
            var fields = e.Payload.Split(',');
            if (fields[1] == Indicators.OnlineDossierId && fields[2] == monthKey && index.TryGetValue(fields[0], out var p))
            {
                heard[p].Enqueue((long.Parse(fields[4], System.Globalization.CultureInfo.InvariantCulture), at));
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {PeerSchema.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        using var stop = new CancellationTokenSource();
        var listening = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    await listener.WaitAsync(stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });

        var acks = new List<(int Province, long Count, long At)>[provinces.Count];
        var runId = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(provinces.Select((province, p) => Task.Run(async () =>
        {
            acks[p] = [];
            var count = counts.GetValueOrDefault(province.Code);
            var due = SendInterval * p / provinces.Count;
            for (var request = 0; clock.Elapsed < options.PushDuration; request++, due += SendInterval)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var now = DateTimeOffset.UtcNow.AddSeconds(-1);
                await UpsertAsync(source, Enumerable.Range(0, perRequest).Select(i => new DossierFact(
                    province.Code, $"push-{runId}-{p}-{request}-{i}", AdministrativeLevel.Commune, Channel.Online, null, now, now.AddDays(5), null, DossierStatus.InProgress)).ToList());
                count += perRequest;
                acks[p].Add((p, count, Stopwatch.GetTimestamp()));
            }
        })));
        var sent = clock.Elapsed;
        await Task.Delay(Drain);
        await stop.CancelAsync();
        await listening;

        var latencies = new List<double>();
        var missing = 0;
        foreach (var (province, count, at) in acks.SelectMany(a => a))
        {
            var seen = heard[province].FirstOrDefault(h => h.Received >= count);
            if (seen == default)
            {
                missing++;
                continue;
            }

            latencies.Add(Math.Max(0, Stopwatch.GetElapsedTime(at, seen.At).TotalMilliseconds));
        }

        var requests = acks.Sum(a => a.Count);
        return new PeerPushRun(rate, requests * perRequest / sent.TotalSeconds, latencies.Count, missing,
            Stats.Percentile(latencies, 50), Stats.Percentile(latencies, 99), latencies.Count > 0 ? latencies.Max() : double.NaN);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(NpgsqlDataSource source, int month)
    {
        await using var command = source.CreateCommand("SELECT province, denominator FROM peer_summary WHERE indicator = @indicator AND month = @month");
        command.Parameters.AddWithValue("indicator", Indicators.OnlineDossierId);
        command.Parameters.AddWithValue("month", month);
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
