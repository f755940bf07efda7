using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using KpiActors.TestSupport;
using Xunit.Abstractions;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// The promise behind every 200 of the ingest API: a batch that was acknowledged survives a crash of the
/// server, and after a restart the board (grain snapshots plus the replayed delta log) counts every stored
/// fact exactly once. The app runs as a separate process that is SIGKILLed while senders are mid-request.
/// </summary>
public abstract class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Senders = 4;
    private const int BatchSize = 50;
    private const int EventsPerSender = 900;

    // Of the 72 batches in all, the kill comes once this many were acknowledged: well into the stream, with
    // every sender still sending. From then on the app is killed the moment a batch is found stored but not
    // yet acknowledged (the hardest case: durable, yet the sender will retry it); failing that, at the first
    // acknowledgement this many batches later that finds requests still in flight.
    private const int AcknowledgedBeforeKill = 24;
    private const int KillAnywayAfter = 16;

    // After the restart each sender retries its failed batch and sends this many more.
    private const int BatchesAfterRestart = 5;

    private readonly ProcessLog _log = new();

    protected abstract StorageEngine Engine { get; }

    [Fact]
    public async Task Acknowledged_dossiers_survive_a_kill_mid_stream_and_the_board_then_counts_each_stored_dossier_exactly_once()
    {
        var clock = Stopwatch.StartNew();
        var connectionString = await Engine.NewDatabaseAsync();
        // Each sender owns its dossiers and sends one batch after the other, so the order in which one
        // dossier's events arrived is known exactly even though the senders run side by side.
        var streams = Enumerable.Range(0, Senders)
            .Select(s => RecountStream.Generate(seed: 7_000 + s, idPrefix: $"crash{s}", EventsPerSender, duplicates: EventsPerSender / 20, corrections: EventsPerSender / 20)
                .Chunk(BatchSize).ToList())
            .ToList();
        // Snapshots every 50 deltas: the kill finds grains with snapshots behind the log, so a restart
        // must both load snapshots and replay the log after them.
        using var app = await AppProcess.StartAsync("app", Engine, connectionString, new Dictionary<string, string?> { ["Grains:SnapshotEvery"] = "50" }, _log);
        var runs = streams.Select(_ => new SenderRun()).ToList();
        var kill = new KillSwitch(app, Senders);
        var markers = streams.Select(Markers).ToList();
        using (var client = app.Client())
        using (var sendersDone = new CancellationTokenSource())
        {
            var watcher = kill.WatchAsync(async (sender, batch) => markers[sender][batch] is { } marker &&
                (await RecountFacts.ReadAsync(Engine, connectionString, (marker.Province, marker.DossierId))).SingleOrDefault() == marker, sendersDone.Token);
            await Task.WhenAll(streams.Select((batches, s) => SendUntilFailureAsync(client, s, batches, runs[s], kill)));
            await sendersDone.CancelAsync();
            await watcher;
        }

        Assert.All(runs, run => Assert.Null(run.Unexpected));
        Assert.True(kill.Fired, $"The app was never killed: the senders ran out of batches after {runs.Sum(r => r.Acknowledged)} were acknowledged.");
        Assert.False(app.IsRunning);
        // Requests were outstanding when the process died, and every sender saw its connection fail.
        Assert.True(kill.InFlightAtKill > 0, "No request was in flight at the kill.");
        Assert.All(runs, run => Assert.NotNull(run.FailedBatch));
        output.WriteLine($"Killed {kill.Reason}, after {runs.Sum(r => r.Acknowledged)} acknowledged batches with {kill.InFlightAtKill} requests in flight ({clock.Elapsed.TotalSeconds:0.0} s).");

        // Some grain has a snapshot and deltas logged after it: the restart has to load the one and replay the other.
        var snapshots = await RecountFacts.ReadSnapshotsAsync(Engine, connectionString);
        Assert.Contains(snapshots, s => s.SnapshotWatermark is { } watermark && watermark < s.LastLogged);

        // The same node again, on the same silo ports: on PostgreSQL its killed self is still an active member of the
        // cluster, which Orleans declares dead at once for a silo on the same address; on new ports the restart would wait
        // until that member's heartbeat is stale (about 20 s, LoneNodeRestartTests).
        await app.StartAsync();

        // (a) Nothing acknowledged is lost: every dossier stands exactly as its acknowledged events leave it. The
        // batch a sender had in flight may have been committed before the kill or not, but as a whole.
        var stored = await ReadStoredAsync(connectionString);
        for (var s = 0; s < Senders; s++)
        {
            var acknowledged = Expected(streams[s].Take(runs[s].Acknowledged));
            var withInFlight = Expected(streams[s].Take(runs[s].Acknowledged + 1));
            var mine = stored.Where(f => f.Key.DossierId.StartsWith($"crash{s}-", StringComparison.Ordinal)).ToDictionary();
            var committed = SameVersions(withInFlight, mine);
            Assert.True(committed || SameVersions(acknowledged, mine),
                $"Sender {s} ({runs[s].Acknowledged} batches acknowledged): the stored dossiers match neither its acknowledged batches nor those plus the batch in flight.\n"
                + Describe(acknowledged, mine));
            output.WriteLine($"Sender {s}: {runs[s].Acknowledged} batches acknowledged; the batch in flight {(committed && !SameVersions(acknowledged, mine) ? "was" : "was not")} committed; failure: {runs[s].Failure}");
        }

        Assert.Equal(stored.Count, stored.Keys.Count(k => k.DossierId.StartsWith("crash", StringComparison.Ordinal)));

        // (b) Nothing is doubled: the board of the restarted app equals a recount of the stored facts.
        using (var client = app.Client())
        {
            Assert.Empty(await RecountBoard.DifferencesAsync(client, stored.Values));

            // Senders retry what failed and carry on; the restarted grains take new deltas on top of what they replayed.
            var sent = runs.Select((run, s) => Math.Min(streams[s].Count, run.FailedBatch!.Value + 1 + BatchesAfterRestart)).ToList();
            await Task.WhenAll(streams.Select((batches, s) => SendAsync(client, batches, runs[s].FailedBatch!.Value, sent[s])));
            var final = streams.Select((batches, s) => Expected(batches.Take(sent[s]))).SelectMany(e => e).ToDictionary();
            var afterRetries = await ReadStoredAsync(connectionString);
            Assert.True(SameVersions(final, afterRetries), Describe(final, afterRetries));
            Assert.Empty(await RecountBoard.DifferencesAsync(client, final.Values));
        }

        output.WriteLine($"{stored.Count} dossiers after the kill; done in {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    public void Dispose()
    {
        output.WriteLine("App output:");
        output.WriteLine(_log.ToString());
        GC.SuppressFinalize(this);
    }

    /// <summary>Sends the batches in order until one fails; records what was acknowledged, and how it ended.</summary>
    private static async Task SendUntilFailureAsync(HttpClient client, int sender, IReadOnlyList<RecountEvent[]> batches, SenderRun run, KillSwitch kill)
    {
        for (var i = 0; i < batches.Count; i++)
        {
            HttpResponseMessage response;
            kill.Sending(sender, i);
            try
            {
                response = await client.PostAsync("/api/v1/dossiers", Body(batches[i]));
            }
            catch (HttpRequestException e)
            {
                // The connection was cut or refused: the process is gone. Whether this batch was stored is unknown.
                run.FailedBatch = i;
                run.Failure = e.Message;
                return;
            }
            finally
            {
                kill.Done(sender);
            }

            using (response)
            {
                if (response.StatusCode != HttpStatusCode.OK || (await Receipt.ReadAsync(response)).Rows != batches[i].Length)
                {
                    run.Unexpected = $"Batch {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
                    return;
                }
            }

            run.Acknowledged = i + 1;
            kill.Acknowledged();
        }
    }

    private static async Task SendAsync(HttpClient client, IReadOnlyList<RecountEvent[]> batches, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            using var response = await client.PostAsync("/api/v1/dossiers", Body(batches[i]));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Batch {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static StringContent Body(IEnumerable<RecountEvent> batch) => Wire.Json(RecountWire.Events(batch));

    /// <summary>
    /// For each batch, one dossier whose standing version that batch changes, as it then stands: finding it
    /// stored shows the batch committed. Null for a batch that changes nothing.
    /// </summary>
    private static List<RecountFact?> Markers(IReadOnlyList<RecountEvent[]> batches)
    {
        var standing = new Dictionary<(string, string), RecountFact>();
        var markers = new List<RecountFact?>();
        foreach (var batch in batches)
        {
            var before = batch.Select(e => (e.Fact.Province, e.Fact.DossierId)).Distinct().ToDictionary(k => k, standing.GetValueOrDefault);
            foreach (var fact in batch.Select(e => e.Fact))
            {
                var key = (fact.Province, fact.DossierId);
                standing[key] = RecountRules.Fold(standing.TryGetValue(key, out var previous) ? [previous, fact] : [fact])!;
            }

            markers.Add(before.Where(b => standing[b.Key] != b.Value).Select(b => standing[b.Key]).FirstOrDefault());
        }

        return markers;
    }

    private static Dictionary<(string Province, string DossierId), RecountFact> Expected(IEnumerable<RecountEvent[]> batches) =>
        RecountRules.FinalVersions(batches.SelectMany(b => b).Select(e => e.Fact));

    private async Task<Dictionary<(string Province, string DossierId), RecountFact>> ReadStoredAsync(string connectionString) =>
        (await RecountFacts.ReadAsync(Engine, connectionString)).ToDictionary(f => (f.Province, f.DossierId));

    private static bool SameVersions(
        Dictionary<(string Province, string DossierId), RecountFact> expected, Dictionary<(string Province, string DossierId), RecountFact> stored) =>
        expected.Count == stored.Count && expected.All(e => stored.TryGetValue(e.Key, out var fact) && fact == e.Value);

    private static string Describe(
        Dictionary<(string Province, string DossierId), RecountFact> expected, Dictionary<(string Province, string DossierId), RecountFact> stored)
    {
        var missing = expected.Keys.Where(k => !stored.ContainsKey(k)).Take(5).Select(k => $"missing {k}");
        var extra = stored.Keys.Where(k => !expected.ContainsKey(k)).Take(5).Select(k => $"not expected {k}");
        var different = expected.Where(e => stored.TryGetValue(e.Key, out var fact) && fact != e.Value).Take(5)
            .Select(e => $"expected {e.Value}\n   stored {stored[e.Key]}");
        return $"{expected.Count} expected, {stored.Count} stored:\n" + string.Join('\n', missing.Concat(extra).Concat(different));
    }


    private sealed class SenderRun
    {
        public int Acknowledged { get; set; }

        public int? FailedBatch { get; set; }

        public string? Failure { get; set; }

        public string? Unexpected { get; set; }
    }

    /// <summary>
    /// Decides when the app dies. Past the threshold it watches the database for a batch that is stored while
    /// its request is still in flight and kills the app at once; if that moment is missed for a while, it kills
    /// at an acknowledgement that finds other requests in flight.
    /// </summary>
    private sealed class KillSwitch(AppProcess app, int senders)
    {
        private readonly int[] _inFlight = Enumerable.Repeat(-1, senders).ToArray();
        private readonly TaskCompletionSource _thresholdReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlightCount;
        private int _acknowledged;
        private int _fired;

        public bool Fired => Volatile.Read(ref _fired) == 1;

        public int InFlightAtKill { get; private set; }

        public string Reason { get; private set; } = "";

        public void Sending(int sender, int batch)
        {
            Volatile.Write(ref _inFlight[sender], batch);
            Interlocked.Increment(ref _inFlightCount);
        }

        public void Done(int sender)
        {
            Volatile.Write(ref _inFlight[sender], -1);
            Interlocked.Decrement(ref _inFlightCount);
        }

        public void Acknowledged()
        {
            var acknowledged = Interlocked.Increment(ref _acknowledged);
            if (acknowledged >= AcknowledgedBeforeKill)
            {
                _thresholdReached.TrySetResult();
            }

            if (acknowledged >= AcknowledgedBeforeKill + KillAnywayAfter && Volatile.Read(ref _inFlightCount) > 0)
            {
                Fire("at an acknowledgement, with requests in flight");
            }
        }

        /// <param name="isStored">Whether a sender's batch is found in the database.</param>
        public async Task WatchAsync(Func<int, int, Task<bool>> isStored, CancellationToken sendersDone)
        {
            try
            {
                await _thresholdReached.Task.WaitAsync(sendersDone);
                while (!Fired)
                {
                    for (var sender = 0; sender < _inFlight.Length && !Fired; sender++)
                    {
                        var batch = Volatile.Read(ref _inFlight[sender]);
                        if (batch >= 0 && await isStored(sender, batch) && Volatile.Read(ref _inFlight[sender]) == batch)
                        {
                            Fire($"when sender {sender}'s batch {batch} was found stored while its request was still in flight");
                        }
                    }

                    // A short pause between rounds of reads, so the watching does not starve the app it watches.
                    await Task.Delay(TimeSpan.FromMilliseconds(2), sendersDone);
                }
            }
            catch (OperationCanceledException) when (sendersDone.IsCancellationRequested)
            {
                // Every sender has stopped: there is nothing left to watch.
            }
        }

        private void Fire(string reason)
        {
            if (Interlocked.CompareExchange(ref _fired, 1, 0) == 0)
            {
                InFlightAtKill = Volatile.Read(ref _inFlightCount);
                Reason = reason;
                app.Kill();
            }
        }
    }
}

public sealed class CrashSafetyOnSqlite(ITestOutputHelper output) : CrashSafetyTests(output)
{
    protected override StorageEngine Engine => StorageEngine.Sqlite;
}

public sealed class CrashSafetyOnPostgres(ITestOutputHelper output) : CrashSafetyTests(output)
{
    protected override StorageEngine Engine => StorageEngine.Postgres;
}
