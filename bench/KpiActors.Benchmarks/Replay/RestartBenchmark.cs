using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Domain;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Replay;

/// <summary>
/// Measurement 5: a cold start of the app process over a log of 1 million, then 10 million deltas, until
/// the four boards answer with all 34 provinces correct. "Without snapshots": no grain_state at all, every
/// grain replays its whole log. "With snapshots": every grain's snapshot written by a graceful stop, then
/// 1% more of the log appended after it (the traffic since the last snapshot), which is all it replays.
/// Each timed start ends with SIGKILL, so that it leaves the database as it found it, except the last cold one,
/// which stops gracefully to write the snapshots.
/// </summary>
public sealed class RestartBenchmark(BenchOptions options, BenchDatabases databases)
{
    private static readonly TimeSpan ServeTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Every start is the same node restarting, on the same silo ports, as a node with configured ports does: its new
    /// silo supersedes the dead incarnation that a SIGKILL left listed as active. On ports of its own each time, the
    /// new silo waited for the old one to answer or be declared dead: 93 s on PostgreSQL, in a cluster of one.
    /// </summary>
    private readonly IReadOnlyDictionary<string, string> _node = FreePorts.SiloSettings();

    public async Task<IReadOnlyList<RestartRun>> RunAsync(StorageEngine engine)
    {
        var sizes = options.LogSizes;
        var tails = sizes.Select(s => s / 100).ToArray();
        var log = new SyntheticLog(sizes.Max() + tails.Sum());
        var (connectionString, database) = await databases.NewMigratedAsync(engine);
        var runs = new List<RestartRun>();
        try
        {
            for (var s = 0; s < sizes.Length; s++)
            {
                await ClearSnapshotsAsync(database);
                var clock = Stopwatch.StartNew();
                await log.GrowToAsync(engine, database, sizes[s]);
                Progress.Step($"log filled to {log.Count:N0} deltas ({clock.Elapsed.TotalSeconds:0.0} s, bulk INSERT ... SELECT)");

                // The last cold start ends gracefully instead: its grains write the snapshots for the runs that follow.
                var coldRuns = options.ColdStartRuns(log.Count);
                for (var run = 1; run <= coldRuns; run++)
                {
                    runs.Add(await StartOnceAsync(engine, connectionString, database, log, snapshots: false, replayed: log.Count, run, writeSnapshots: run == coldRuns));
                }

                var snapshotAt = log.Count;
                await log.GrowToAsync(engine, database, log.Count + tails[s]);
                for (var run = 1; run <= options.Runs; run++)
                {
                    runs.Add(await StartOnceAsync(engine, connectionString, database, log, snapshots: true, replayed: log.Count - snapshotAt, run, writeSnapshots: false));
                }
            }
        }
        finally
        {
            if (database is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        return runs;
    }

    private async Task<RestartRun> StartOnceAsync(
        StorageEngine engine, string connectionString, Database database, SyntheticLog log, bool snapshots, long replayed, int run, bool writeSnapshots)
    {
        var lastSequences = await SyntheticLog.LastSequencesAsync(database);
        using var app = await BenchApp.StartAsync(engine, connectionString, _node);
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KpiApp.AdminKey);
        while (!(await client.GetAsync("/health/ready")).IsSuccessStatusCode)
        {
            await Task.Delay(10);
        }

        var ready = app.SinceStart;
        var before = app.WorkingSetBytes();
        // A board that fails (a grain whose activation failed) is asked again, as a leader's browser would: the
        // time to serve is until all four have answered, and the failures on the way are reported.
        var boards = new JsonElement?[Indicators.All.Count];
        var failed = 0;
        while (boards.Any(b => b is null))
        {
            if (app.SinceStart > ServeTimeout)
            {
                throw new TimeoutException($"The boards were not served within {ServeTimeout.TotalMinutes:0} minutes: {app.FirstError()}");
            }

            await Task.WhenAll(Indicators.All.Select(async (indicator, b) =>
            {
                if (boards[b] is not null)
                {
                    return;
                }

                using var response = await client.GetAsync($"/api/v1/board?indicator={indicator.Id}&period={log.LastMonth}");
                if (response.IsSuccessStatusCode)
                {
                    boards[b] = await response.Content.ReadFromJsonAsync<JsonElement>();
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }));
        }

        var served = app.SinceStart;
        var result = new RestartRun(engine, log.Count, snapshots, replayed, app.ListeningAfter, ready, served, app.CpuTime(), before, app.WorkingSetBytes(),
            failed, failed > 0 ? app.FirstError() : null);
        if (writeSnapshots)
        {
            await app.StopAsync(TimeSpan.FromMinutes(2));
        }
        else
        {
            app.Kill();
        }

        for (var b = 0; b < boards.Length; b++)
        {
            Verify(Indicators.All[b], boards[b]!.Value, log, lastSequences);
        }

        Progress.Step($"{log.Count:N0} deltas, {(snapshots ? "with" : "without")} snapshots, run {run}: listening {result.Listening.TotalSeconds:0.00} s, " +
                      $"ready {result.Ready.TotalSeconds:0.00} s, 4 boards correct {result.BoardsServed.TotalSeconds:0.00} s " +
                      $"({result.Replayed:N0} replayed, {result.ReplayRate:N0}/s, app CPU {result.AppCpu.TotalSeconds:0.0} s, RSS {result.WorkingSetWithGrains / 1048576.0:N0} MiB)" +
                      (failed > 0 ? $"; {failed} board requests failed first: {result.FirstError}" : "") +
                      (writeSnapshots ? "; stopped gracefully, writing every grain's snapshot" : ""));
        return result;
    }

    /// <summary>A board is served only if every province shows the log's figures up to its last delta.</summary>
    private static void Verify(Indicator indicator, JsonElement board, SyntheticLog log, Dictionary<(string, string), long> lastSequences)
    {
        foreach (var reading in board.GetProperty("provinces").EnumerateArray())
        {
            var province = reading.GetProperty("province").GetString()!;
            var expected = log.Expected(province, indicator);
            var sequence = reading.GetProperty("sequence").GetInt64();
            var numerator = reading.GetProperty("numerator").GetInt64();
            var denominator = reading.GetProperty("denominator").GetInt64();
            if (sequence != lastSequences[(province, indicator.Id)] || numerator != expected.Numerator || denominator != expected.Denominator)
            {
                throw new InvalidOperationException(
                    $"{province}/{indicator.Id} after restart: sequence {sequence}, {numerator}/{denominator}; expected sequence " +
                    $"{lastSequences[(province, indicator.Id)]}, {expected.Numerator}/{expected.Denominator}.");
            }
        }
    }

    private static async Task ClearSnapshotsAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        await BulkSql.ExecuteAsync(connection, "DELETE FROM grain_state");
    }
}
