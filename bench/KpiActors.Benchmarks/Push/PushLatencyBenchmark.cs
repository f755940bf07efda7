using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Grains;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Benchmarks.Ingest;
using KpiActors.Domain;
using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Push;

/// <summary>
/// Measurement 4: new dossiers posted at a steady rate while boards watch the national group; for every
/// acknowledged request and every board, the time until that board has been pushed figures that include it.
/// Each province gets its own sender, one request in flight at a time, so that its acknowledged count of
/// dossiers received is known exactly and a board has "seen" a request once the province's online-dossier
/// denominator (all dossiers received) reaches it.
/// </summary>
public sealed class PushLatencyBenchmark(BenchOptions options, BenchDatabases databases)
{
    /// <summary>How often each province's sender posts: 34 provinces × 10 requests a second.</summary>
    private static readonly TimeSpan SendInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>After the last acknowledgement, how long boards may take before a figure counts as missing.</summary>
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(1.5);

    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<PushRun>> RunAsync(StorageEngine engine)
    {
        var runs = new List<PushRun>();
        runs.AddRange(await RunWithIntervalAsync(engine, new BoardNotifierOptions().PushInterval, options.PushBoards, options.PushRates));
        BenchDatabases.ReleaseConnections();
        // Another interval is a second row for the goal's case only (most boards, highest rate): what the trade
        // between pushes a second and latency looks like.
        runs.AddRange(await RunWithIntervalAsync(engine, options.ComparisonPushInterval, [options.PushBoards.Max()], [options.PushRates.Max()]));
        BenchDatabases.ReleaseConnections();
        return runs;
    }

    private async Task<IReadOnlyList<PushRun>> RunWithIntervalAsync(StorageEngine engine, TimeSpan interval, int[] boardCounts, int[] rates)
    {
        var runs = new List<PushRun>();
        await using var app = await KpiApp.StartAsync(engine, AppLogging.With(new Dictionary<string, string?>
        {
            ["Board:PushInterval"] = interval.ToString(),
        }), await databases.NewAsync(engine));
        using var client = IngestBenchmark.Client(app.BaseAddress);
        var boards = new List<BoardSocket>();
        try
        {
            foreach (var boardCount in boardCounts)
            {
                await ConnectAsync([app.BaseAddress], boards, boardCount);
                foreach (var rate in rates)
                {
                    for (var run = 1; run <= options.Runs; run++)
                    {
                        var result = await RunOnceAsync(engine, client, boards, interval, rate, options.PushDuration);
                        runs.Add(result);
                        Progress.Step($"push every {interval.TotalMilliseconds:0} ms, {rate:N0}/s ({result.AchievedRate:N0} achieved), {boardCount:N0} boards, run {run}: " +
                                      $"p50 {result.P50Ms:0} ms, p99 {result.P99Ms:0} ms, max {result.MaxMs:0} ms, missing {result.Missing}, CPU {result.CpuShare:P0}");
                    }
                }
            }
        }
        finally
        {
            await Task.WhenAll(boards.Select(b => b.DisposeAsync().AsTask()));
        }

        return runs;
    }

    /// <summary>Connects boards until there are <paramref name="count"/>, spread in turn over the nodes at <paramref name="nodes"/>.</summary>
    public static async Task ConnectAsync(IReadOnlyList<Uri> nodes, List<BoardSocket> boards, int count)
    {
        var clock = Stopwatch.StartNew();
        while (boards.Count < count)
        {
            var wave = Math.Min(50, count - boards.Count);
            var first = boards.Count;
            boards.AddRange(await Task.WhenAll(Enumerable.Range(first, wave).Select(b => BoardSocket.ConnectAsync(nodes[b % nodes.Count], KpiApp.AdminKey))));
        }

        Progress.Step($"{boards.Count:N0} boards connected over WebSocket to {nodes.Count} node(s) ({clock.Elapsed.TotalSeconds:0.0} s)");
    }

    /// <summary>One steady-rate run: dossiers posted through <paramref name="client"/>, pushes noted by <paramref name="boards"/> (on any node).</summary>
    public static async Task<PushRun> RunOnceAsync(
        StorageEngine engine, HttpClient client, List<BoardSocket> boards, TimeSpan interval, int rate, TimeSpan duration)
    {
        var provinces = ProvinceCatalog.Vietnam.All;
        var perRequest = Math.Max(1, (int)Math.Round(rate * SendInterval.TotalSeconds / provinces.Count));
        var counts = await ReceivedCountsAsync(client);
        var acks = new List<(int Province, long Count, long At)>[provinces.Count];

        foreach (var board in boards)
        {
            board.StartRecording();
        }

        var counters = ProcessCounters.Start();
        var clock = Stopwatch.StartNew();
        var runId = Guid.NewGuid().ToString("N")[..8];
        await Task.WhenAll(provinces.Select((province, p) => Task.Run(async () =>
        {
            acks[p] = [];
            var count = counts[province.Code];
            // Staggered across the interval, so that the rate is steady rather than 34 requests at once. A sender
            // that falls behind its schedule sends at once; the run ends on the clock, so a rate the app cannot
            // carry shows as a lower achieved rate rather than a longer run.
            var due = SendInterval * p / provinces.Count;
            for (var request = 0; clock.Elapsed < duration; request++, due += SendInterval)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                using var content = new ByteArrayContent(Body(province.Code, $"push-{runId}-{p}-{request}", perRequest));
                content.Headers.ContentType = new("application/json");
                using var response = await client.PostAsync("/api/v1/dossiers", content);
                response.EnsureSuccessStatusCode();
                var at = Stopwatch.GetTimestamp();
                count += perRequest;
                acks[p].Add((p, count, at));
            }
        })));
        var sent = clock.Elapsed;
        await Task.Delay(Drain);
        var process = counters.Stop();
        var recordings = boards.Select(b => b.StopRecording()).ToList();

        var latencies = new List<double>();
        var missing = 0;
        foreach (var (sightings, _) in recordings)
        {
            var byProvince = sightings.GroupBy(s => s.Province).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var (province, count, at) in acks.SelectMany(a => a))
            {
                var seen = byProvince.TryGetValue(province, out var list) ? FirstReaching(list, count) : null;
                if (seen is null)
                {
                    missing++;
                    continue;
                }

                // A push can overtake the acknowledgement on its way back to the sender: that is no delay at all.
                latencies.Add(Math.Max(0, Stopwatch.GetElapsedTime(at, seen.Value.At).TotalMilliseconds));
            }
        }

        var spreads = recordings.SelectMany(r => r.Pushes)
            .GroupBy(p => p.PushId)
            .Where(g => g.Count() == boards.Count)
            .Select(g => Stopwatch.GetElapsedTime(g.Min(p => p.At), g.Max(p => p.At)).TotalMilliseconds)
            .ToList();
        var requests = acks.Sum(a => a.Count);
        var pushSizes = recordings.SelectMany(r => r.Pushes).Select(p => (double)p.Bytes).ToList();
        return new PushRun(engine, interval, rate, requests * perRequest / sent.TotalSeconds, boards.Count, latencies.Count, missing,
            Stats.Percentile(latencies, 50), Stats.Percentile(latencies, 99), latencies.Count > 0 ? latencies.Max() : double.NaN,
            Stats.Percentile(spreads, 50), Stats.Percentile(spreads, 99), Stats.Percentile(pushSizes, 50) / 1024, process.CpuShare);
    }

    /// <summary>The first sighting whose count reaches <paramref name="count"/>: counts only grow, so a binary search.</summary>
    private static Sighting? FirstReaching(List<Sighting> sightings, long count)
    {
        int low = 0, high = sightings.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sightings[middle].Received >= count)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < sightings.Count ? sightings[low] : null;
    }

    /// <summary>Each province's live count of dossiers received this month, as the board reports it now.</summary>
    private static async Task<Dictionary<string, long>> ReceivedCountsAsync(HttpClient client)
    {
        var board = await client.GetFromJsonAsync<JsonElement>("/api/v1/board?indicator=online-dossier");
        return board.GetProperty("provinces").EnumerateArray().ToDictionary(
            p => p.GetProperty("province").GetString()!,
            p => p.GetProperty("denominator").GetInt64());
    }

    /// <summary>New dossiers of one province, received a moment ago and in progress: each adds one to the count received.</summary>
    private static byte[] Body(string province, string idPrefix, int count)
    {
        var now = DateTimeOffset.UtcNow.AddSeconds(-1).ToOffset(VietnamTime.Offset);
        var events = Enumerable.Range(0, count).Select(i => WireDossiers.Create(province, $"{idPrefix}-{i}", "commune", "online", now, now.AddDays(5), null));
        return JsonSerializer.SerializeToUtf8Bytes(events, Wire);
    }
}
