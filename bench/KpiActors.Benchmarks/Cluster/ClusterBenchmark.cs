using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Benchmarks.Ingest;
using KpiActors.Benchmarks.Push;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Cluster;

/// <summary>
/// Measurement 7: 1, 2 and 3 app processes on one private PostgreSQL, forming one Orleans cluster. Ingest posts
/// batches of 1,000 to the nodes in turn; push latency is measured on boards attached only to nodes other than the one
/// written to (with one node, to that node, as the reference); then the last node is killed with SIGKILL and a
/// survivor is asked until its provinces answer again. All processes share the machine's two cores, so a larger
/// cluster shows what the cluster costs, not what it would gain on machines of their own.
/// </summary>
public sealed class ClusterBenchmark(BenchOptions options, BenchDatabases databases, MeterRecorder meters)
{
    private const int BatchSize = 1_000;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan FailoverTimeout = TimeSpan.FromMinutes(2);

    public async Task<IReadOnlyList<ClusterRun>> RunAsync()
    {
        var runs = new List<ClusterRun>();
        foreach (var size in options.ClusterSizes)
        {
            runs.Add(await RunClusterAsync(size));
            BenchDatabases.ReleaseConnections();
        }

        return runs;
    }

    private async Task<ClusterRun> RunClusterAsync(int size)
    {
        var connectionString = await databases.NewAsync(StorageEngine.Postgres);
        var nodes = new List<AppProcess>();
        var clients = new List<HttpClient>();
        var boards = new List<BoardSocket>();
        try
        {
            var clock = Stopwatch.StartNew();
            for (var n = 0; n < size; n++)
            {
                // One after the other: the first creates the schema, and each joins the cluster the others formed.
                var node = await BenchApp.StartAsync(StorageEngine.Postgres, connectionString);
                nodes.Add(node);
                clients.Add(IngestBenchmark.Client(node.BaseAddress));
                await WaitReadyAsync(clients[^1]);
            }

            Progress.Step($"{size} node(s) active in one cluster ({clock.Elapsed.TotalSeconds:0.0} s)");

            var (events, senders) = options.IngestSizes[BatchSize];
            var ingest = new IngestBenchmark(options, meters);
            // A whole run first, untimed: fresh processes run unoptimized code until the runtime has recompiled their hot paths,
            // and a short warm-up left the first timed run at two thirds of the third.
            await ingest.RunOnceAsync(StorageEngine.Postgres, clients, WireFormat.Json, BatchSize, events, senders, $"c{size}-warmup", seed: 0);
            var rates = new List<double>();
            for (var run = 1; run <= options.Runs; run++)
            {
                var result = await ingest.RunOnceAsync(StorageEngine.Postgres, clients, WireFormat.Json, BatchSize, events, senders, $"c{size}-r{run}", seed: 31 * run + size);
                rates.Add(result.EventsPerSecond);
                Progress.Step($"{size} node(s), ingest run {run}/{options.Runs}: {result.EventsPerSecond:N0} events/s, batches of {BatchSize:N0} spread over the nodes");
            }

            // Boards only on nodes other than the writer's: every figure they see crossed from one node to another.
            var boardNodes = size == 1 ? [nodes[0].BaseAddress] : nodes.Skip(1).Select(n => n.BaseAddress).ToList();
            await PushLatencyBenchmark.ConnectAsync(boardNodes, boards, options.ClusterBoards);
            await PushLatencyBenchmark.RunOnceAsync(StorageEngine.Postgres, clients[0], boards, new BoardNotifierOptions().PushInterval,
                options.ClusterPushRate, options.PushDuration);
            var pushes = new List<PushRun>();
            for (var run = 1; run <= options.Runs; run++)
            {
                var push = await PushLatencyBenchmark.RunOnceAsync(StorageEngine.Postgres, clients[0], boards, new BoardNotifierOptions().PushInterval,
                    options.ClusterPushRate, options.PushDuration);
                pushes.Add(push);
                Progress.Step($"{size} node(s), push {push.AchievedRate:N0}/s to {boards.Count} boards on other nodes, run {run}: " +
                              $"p50 {push.P50Ms:0} ms, p99 {push.P99Ms:0} ms, missing {push.Missing}");
            }

            await Task.WhenAll(boards.Select(b => b.DisposeAsync().AsTask()));
            boards.Clear();
            var failover = size > 1 ? await FailoverAsync(nodes, clients) : null;
            return new ClusterRun(size, rates, pushes, failover);
        }
        finally
        {
            await Task.WhenAll(boards.Select(b => b.DisposeAsync().AsTask()));
            foreach (var client in clients)
            {
                client.Dispose();
            }

            foreach (var node in nodes)
            {
                node.Dispose();
            }
        }
    }

    /// <summary>
    /// Kills the last node and asks the first: the boards until they show every province as before the kill (grains the
    /// dead node held come back on a survivor from their snapshot and the log), then posts until a dossier for every
    /// province is acknowledged (its grains apply it, wherever they now are). Each request waits at most 2 s.
    /// </summary>
    private static async Task<ClusterFailover> FailoverAsync(List<AppProcess> nodes, List<HttpClient> clients)
    {
        var survivor = clients[0];
        var before = await BoardsAsync(survivor);
        var held = await GrainsOnAsync(nodes[^1]);
        var failed = 0;
        var clock = Stopwatch.StartNew();
        nodes[^1].Kill();
        Progress.Step($"node {nodes.Count} killed with SIGKILL; it held {held} of the 136 province grains");

        while (true)
        {
            GiveUpAfterTimeout(clock);
            try
            {
                var now = await BoardsAsync(survivor);
                if (now.SequenceEqual(before))
                {
                    break;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                failed++;
            }

            await Task.Delay(50);
        }

        var boardsAnswer = clock.Elapsed;
        var runId = Guid.NewGuid().ToString("N")[..8];
        var received = DateTimeOffset.UtcNow.AddSeconds(-1).ToOffset(VietnamTime.Offset);
        var body = JsonSerializer.SerializeToUtf8Bytes(ProvinceCatalog.Vietnam.All.Select(p =>
            WireDossiers.Create(p.Code, $"failover-{runId}-{p.Code}", "commune", "online", received, received.AddDays(5), null)), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        while (true)
        {
            GiveUpAfterTimeout(clock);
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var cancel = new CancellationTokenSource(RequestTimeout);
                using var response = await survivor.PostAsync("/api/v1/dossiers", content, cancel.Token);
                if (response.IsSuccessStatusCode)
                {
                    break;
                }

                failed++;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failed++;
            }

            await Task.Delay(50);
        }

        var result = new ClusterFailover(boardsAnswer, clock.Elapsed, held, failed);
        Progress.Step($"after the SIGKILL: boards answer as before on a survivor after {result.BoardsAnswer.TotalSeconds:0.0} s, " +
                      $"a post for every province acknowledged after {result.PostsAcknowledged.TotalSeconds:0.0} s ({failed} requests failed or timed out first)");
        return result;

        static void GiveUpAfterTimeout(Stopwatch clock)
        {
            if (clock.Elapsed > FailoverTimeout)
            {
                throw new TimeoutException($"The survivors did not answer for the killed node's provinces within {FailoverTimeout.TotalMinutes:0} minutes.");
            }
        }
    }

    /// <summary>Every province's figures on the four boards, in order; a board that does not answer within 2 s throws.</summary>
    private static async Task<List<string>> BoardsAsync(HttpClient node)
    {
        var figures = new List<string>();
        foreach (var indicator in Indicators.All)
        {
            using var cancel = new CancellationTokenSource(RequestTimeout);
            using var response = await node.GetAsync($"/api/v1/board?indicator={indicator.Id}", cancel.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The {indicator.Id} board answered {(int)response.StatusCode}.");
            }

            var board = await response.Content.ReadFromJsonAsync<JsonElement>(cancel.Token);
            figures.AddRange(board.GetProperty("provinces").EnumerateArray().Select(p =>
                $"{p.GetProperty("province").GetString()}/{indicator.Id}: {p.GetProperty("numerator")}/{p.GetProperty("denominator")} #{p.GetProperty("sequence")}"));
        }

        return figures;
    }

    /// <summary>How many of the 136 province grains the node holds, from its own Prometheus metrics.</summary>
    private static Task<int> GrainsOnAsync(AppProcess node) => node.ActivationsAsync("indicator");

    private static async Task WaitReadyAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (!(await client.GetAsync("/health/ready")).IsSuccessStatusCode)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException("A node did not become ready within 2 minutes.");
            }

            await Task.Delay(100);
        }
    }
}
