using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// The multi-process test: three nodes on one database take batches from concurrent senders, each batch to a
/// node picked at random; one node is SIGKILLed with requests in flight and started again while the senders go on. A
/// sender whose request failed or got no answer sends that batch again to another node. In the end every node serves,
/// for every province, what a recount of the acknowledged events gives: nothing acknowledged lost, nothing counted twice.
/// </summary>
public sealed class KilledNodeMidStreamTests(ITestOutputHelper output)
{
    // Each sender owns its dossiers and sends one batch after the other (a failed one again until acknowledged), so the
    // order in which each dossier's events were acknowledged is known although the senders run side by side.
    private const int Senders = 6;
    private const int EventsPerSender = 800;
    private const int BatchSize = 40;
    private const int AttemptsPerBatch = 10;

    private static readonly TimeSpan ConvergenceDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_node_serves_a_recount_of_what_was_acknowledged_after_a_node_is_killed_and_restarted_mid_stream()
    {
        using var cluster = await KpiCluster.StartAsync(3, output);
        var nodes = cluster.Nodes;
        const int Victim = 2;
        var victim = nodes[Victim];
        var streams = Enumerable.Range(0, Senders)
            .Select(s => RecountStream.Generate(seed: 4_200 + s, $"s{s}", EventsPerSender, duplicates: EventsPerSender / 10, corrections: EventsPerSender / 20)
                .Chunk(BatchSize).ToList())
            .ToList();
        var batches = streams.Sum(s => s.Count);
        // Well into the stream, with every sender still sending.
        using var traffic = new Traffic(nodes.Count, killAfter: batches / 3);
        var clock = Stopwatch.StartNew();

        var killAndRestart = KillAndRestartAsync(victim, Victim, traffic, clock);
        var runs = await Task.WhenAll(streams.Select((stream, s) => SendAsync(nodes, stream, new Random(s), traffic)));
        traffic.SendersDone.Cancel();
        await killAndRestart;

        Assert.All(runs, run => Assert.Null(run.Unexpected));
        Assert.True(traffic.Killed, $"The node was never killed: the senders ran out of batches after {traffic.Acknowledged} acknowledgements.");
        Assert.True(traffic.InFlightAtKill > 0, "No request was in flight at the killed node.");
        Assert.Equal(batches, runs.Sum(r => r.Acknowledged));
        var retries = runs.SelectMany(r => r.Failures).ToList();
        Assert.NotEmpty(retries);
        output.WriteLine($"{batches} batches of up to {BatchSize} events from {Senders} senders in {clock.Elapsed.TotalSeconds:0.0} s; "
            + $"{traffic.InFlightAtKill} in flight at {victim.Name} when killed; {retries.Count} retried on another node:");
        foreach (var failure in retries.GroupBy(f => f).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {failure.Count()} × {failure.Key}");
        }

        var expected = RecountRules.FinalVersions(streams.SelectMany(stream => stream.SelectMany(batch => batch)).Select(e => e.Fact)).Values;
        foreach (var node in nodes)
        {
            using var client = node.Client(timeout: TimeSpan.FromSeconds(10));
            var waited = Stopwatch.StartNew();
            await Poll.UntilNoneAsync(() => RecountBoard.DifferencesAsync(client, expected), ConvergenceDeadline, $"node {node.Name} to serve the recount");
            output.WriteLine($"Node {node.Name} serves the recount of all 34 provinces (asked for {waited.Elapsed.TotalSeconds:0.0} s).");
        }
    }

    private async Task KillAndRestartAsync(AppProcess victim, int index, Traffic traffic, Stopwatch clock)
    {
        try
        {
            await traffic.KillThresholdReached.Task.WaitAsync(traffic.SendersDone.Token);
            // Killed the moment a request to it is in flight: mid-request, possibly mid-commit.
            while (traffic.InFlight(index) == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1), traffic.SendersDone.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        traffic.InFlightAtKill = traffic.InFlight(index);
        victim.Kill();
        traffic.Killed = true;
        var (killedAt, acknowledged) = (clock.Elapsed, traffic.Acknowledged);
        await victim.StartAsync();
        output.WriteLine($"{victim.Name} killed at {killedAt.TotalSeconds:0.0} s after {acknowledged} acknowledgements; ready again {(clock.Elapsed - killedAt).TotalSeconds:0.0} s later.");
    }

    /// <summary>Sends the batches in order, each to a random node, and a failed one again to another node until acknowledged.</summary>
    private static async Task<SenderRun> SendAsync(IReadOnlyList<AppProcess> nodes, IReadOnlyList<RecountEvent[]> batches, Random random, Traffic traffic)
    {
        var run = new SenderRun();
        var clients = nodes.Select(n => n.Client()).ToList();
        try
        {
            foreach (var batch in batches)
            {
                var node = random.Next(nodes.Count);
                for (var attempt = 1; ; attempt++)
                {
                    var failure = await TrySendAsync(clients[node], batch, index: node, traffic);
                    if (failure is null)
                    {
                        break;
                    }

                    if (failure.Unexpected || attempt == AttemptsPerBatch)
                    {
                        run.Unexpected = $"{nodes[node].Name}, attempt {attempt}: {failure.What}";
                        return run;
                    }

                    run.Failures.Add(failure.What);
                    node = (node + 1 + random.Next(nodes.Count - 1)) % nodes.Count;
                }

                run.Acknowledged++;
                traffic.Acknowledge();
            }

            return run;
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static async Task<Failure?> TrySendAsync(HttpClient client, RecountEvent[] batch, int index, Traffic traffic)
    {
        traffic.Sending(index);
        try
        {
            using var response = await client.PostAsJsonAsync("/api/v1/dossiers", RecountWire.Events(batch).ToList());
            if (response.StatusCode == HttpStatusCode.OK && (await Receipt.ReadAsync(response)).Rows == batch.Length)
            {
                return null;
            }

            // A server error leaves the batch unacknowledged, to send again; anything else is the test's failure.
            var answer = $"answered {(int)response.StatusCode}";
            return new Failure(answer, Unexpected: (int)response.StatusCode < 500, Detail: await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException e)
        {
            // The connection was cut or refused: whether the batch was stored is unknown, so it is sent again.
            return new Failure($"no answer ({e.HttpRequestError})", Unexpected: false, Detail: e.Message);
        }
        catch (TaskCanceledException e)
        {
            return new Failure("no answer in time", Unexpected: false, Detail: e.Message);
        }
        finally
        {
            traffic.Done(index);
        }
    }

    private sealed record Failure(string Kind, bool Unexpected, string Detail)
    {
        public string What => Unexpected ? $"{Kind}: {Detail}" : Kind;
    }

    private sealed class SenderRun
    {
        public int Acknowledged { get; set; }

        public List<string> Failures { get; } = [];

        public string? Unexpected { get; set; }
    }

    /// <summary>Requests in flight per node and acknowledgements so far, which decide when the node dies.</summary>
    private sealed class Traffic(int nodes, int killAfter) : IDisposable
    {
        private readonly int[] _inFlight = new int[nodes];
        private int _acknowledged;

        public TaskCompletionSource KillThresholdReached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenSource SendersDone { get; } = new();

        public int Acknowledged => Volatile.Read(ref _acknowledged);

        public bool Killed { get; set; }

        public int InFlightAtKill { get; set; }

        public int InFlight(int node) => Volatile.Read(ref _inFlight[node]);

        public void Sending(int node) => Interlocked.Increment(ref _inFlight[node]);

        public void Done(int node) => Interlocked.Decrement(ref _inFlight[node]);

        public void Dispose() => SendersDone.Dispose();

        public void Acknowledge()
        {
            if (Interlocked.Increment(ref _acknowledged) >= killAfter)
            {
                KillThresholdReached.TrySetResult();
            }
        }
    }
}
