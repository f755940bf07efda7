using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>
/// Measurement 1: dossier events per second through POST /api/v1/dossiers, each answered only once durable
/// and applied, for every format and batch size, on a running app with its own fresh database.
/// </summary>
public sealed class IngestBenchmark(BenchOptions options, MeterRecorder meters)
{
    public static readonly WireFormat[] Formats = [WireFormat.Json, WireFormat.NdJson];

    public async Task<IReadOnlyList<IngestRun>> RunAsync(StorageEngine engine, KpiApp app)
    {
        using var client = Client(app.BaseAddress);
        Progress.Step("warm-up");
        await RunOnceAsync(engine, [client], WireFormat.Json, 100, 2_000, 4, "warmup", seed: 0);

        var runs = new List<IngestRun>();
        for (var run = 1; run <= options.Runs; run++)
        {
            // Every configuration once per round, so that a slow spell of the machine hits them all alike.
            foreach (var (batchSize, (events, senders)) in options.IngestSizes)
            {
                foreach (var format in Formats)
                {
                    var result = await RunOnceAsync(engine, [client], format, batchSize, events, senders, $"r{run}-{format}-{batchSize}", seed: run * 7919 + batchSize);
                    runs.Add(result);
                    Progress.Step($"run {run}/{options.Runs} {format,-6} batch {batchSize,5} x{senders,2} senders: {result.EventsPerSecond,9:N0} events/s " +
                                  $"({result.Breakdown.FactsPerCommit:N0} facts/commit, writer busy {result.Breakdown.WriterBusyShare:P0}, CPU {result.Process.CpuShare:P0})");
                }
            }
        }

        return runs;
    }

    /// <summary>The client of every measurement that posts: keep-alive connections, as many as there are senders.</summary>
    public static HttpClient Client(Uri node)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = node,
            Timeout = TimeSpan.FromMinutes(2),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KpiApp.AdminKey);
        return client;
    }

    /// <summary>One timed run; request i goes to node i mod the number of <paramref name="nodes"/>.</summary>
    public async Task<IngestRun> RunOnceAsync(
        StorageEngine engine, IReadOnlyList<HttpClient> nodes, WireFormat format, int batchSize, int events, int senders, string runId, int seed)
    {
        var workload = DossierWorkload.Create($"{runId}-{Guid.NewGuid():N}", events, seed);
        var bodies = workload.Bodies(batchSize, format);
        var mediaType = format == WireFormat.Json ? "application/json" : "application/x-ndjson";
        var next = -1;
        int changed = 0, unchanged = 0;

        meters.Reset();
        var counters = ProcessCounters.Start();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < bodies.Count)
            {
                using var content = new ByteArrayContent(bodies[index]);
                content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
                using var response = await nodes[index % nodes.Count].PostAsync("/api/v1/dossiers", content);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"POST /api/v1/dossiers answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
                }

                using var receipt = JsonDocument.Parse(body);
                Interlocked.Add(ref changed, receipt.RootElement.GetProperty("changed").GetInt32());
                Interlocked.Add(ref unchanged, receipt.RootElement.GetProperty("unchanged").GetInt32());
            }
        }));
        clock.Stop();
        var process = counters.Stop();
        return new IngestRun(engine, format, batchSize, senders, events, clock.Elapsed, changed, unchanged,
            IngestBreakdown.From(meters.Snapshot(), clock.Elapsed), process);
    }
}
