using KpiActors.Silo.Facts;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace KpiActors.Benchmarks.Memory;

/// <summary>
/// Measurement 6. The app runs in a process of its own (its managed heap can be read exactly); the 136 province
/// grains are activated through the board, then commune-scale grains 1,000 at a time. Those are real
/// IndicatorGrains under commune keys ("c00001/ontime"; the grain accepts any key, only the API checks
/// provinces), each with a log like a real grain's: two years of month buckets, open dossiers spread over
/// the coming due dates, and for the catalogue indicator 90 days of daily history. So each costs what a
/// grain per commune would cost, snapshot-free activation included.
/// </summary>
public sealed class MemoryBenchmark(BenchOptions options, BenchDatabases databases)
{
    private const int Months = 24;
    private const int OpenDueDays = 20;
    private const int StockDays = 90;

    public const string ProbeArgument = "--memory-probe";

    private const string ResultPrefix = "memory result: ";

    /// <summary>
    /// Runs the measurement in a new process of this program: in the benchmark's own process, after the push
    /// measurement's thousand boards, the collector handing memory back to the system outweighed what a
    /// thousand grains take, and the working set "grew" by -38 MiB per thousand.
    /// </summary>
    public async Task<MemoryResult> RunAsync(StorageEngine engine)
    {
        var connectionString = await databases.NewAsync(engine);
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(MemoryBenchmark).Assembly.Location);
        }

        foreach (var argument in new[] { ProbeArgument, engine.ToString(), options.MemorySteps.ToString(CultureInfo.InvariantCulture), connectionString })
        {
            start.ArgumentList.Add(argument);
        }

        using var probe = Process.Start(start)!;
        var errors = probe.StandardError.ReadToEndAsync();
        MemoryResult? result = null;
        while (await probe.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                result = JsonSerializer.Deserialize<MemoryResult>(line[ResultPrefix.Length..]);
            }
            else
            {
                // The probe's own clock starts at zero: its steps are shown on this run's.
                Progress.Step(line[(line.IndexOf(']') + 1)..].Trim());
            }
        }

        await probe.WaitForExitAsync();
        return probe.ExitCode == 0 && result is not null
            ? result
            : throw new InvalidOperationException($"The memory probe exited with {probe.ExitCode}: {await errors}");
    }

    /// <summary>
    /// The measurement itself, in this process, which must have done nothing else; prints its result for <see cref="RunAsync"/>
    /// and ends the process at once. A graceful stop would have its thousands of grains write their snapshots one after the
    /// other (a minute and a half for 2,000 on SQLite), which is no part of the measurement.
    /// </summary>
    public static async Task ProbeAsync(StorageEngine engine, int steps, string connectionString)
    {
        var app = await KpiApp.StartAsync(engine, AppLogging.Warnings, connectionString);
        var result = await MeasureAsync(app, engine, steps);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        Environment.Exit(0);
    }

    private static async Task<MemoryResult> MeasureAsync(KpiApp app, StorageEngine engine, int steps)
    {
        var database = app.Services.GetRequiredService<Database>();
        var keys = Enumerable.Range(0, steps * 1000).Select(j => $"c{j / 4:D5}/{Indicators.All[j % 4].Id}").ToList();
        var deltasPerGrain = await FillAsync(database, keys);

        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var month = ReportingPeriod.Containing(VietnamTime.DateOf(DateTimeOffset.UtcNow), PeriodKind.Month);
        await Task.WhenAll(ProvinceCatalog.Vietnam.All.SelectMany(p => Indicators.All.Select(i =>
            grains.GetGrain<IIndicatorGrain>(new IndicatorKey(p.Code, i.Id).ToString()).GetReadingAsync(month))));
        var (heap, workingSet) = Settle();
        var (heap0, workingSet0) = (heap, workingSet);
        Progress.Step($"136 province grains active: managed heap {heap / 1048576.0:N1} MiB, working set {workingSet / 1048576.0:N0} MiB");

        var heapSteps = new List<long>();
        var workingSetSteps = new List<long>();
        foreach (var step in keys.Chunk(1000))
        {
            await Task.WhenAll(step.Select(key => grains.GetGrain<IIndicatorGrain>(key).GetReadingAsync(month)));
            var (nextHeap, nextWorkingSet) = Settle();
            heapSteps.Add(nextHeap - heap);
            workingSetSteps.Add(nextWorkingSet - workingSet);
            (heap, workingSet) = (nextHeap, nextWorkingSet);
            Progress.Step($"+1,000 commune grains: managed heap +{heapSteps[^1] / 1048576.0:N1} MiB, working set +{workingSetSteps[^1] / 1048576.0:N1} MiB");
        }

        var activations = await grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount();
        return new MemoryResult(engine, heap0, workingSet0, activations,
            heapSteps, workingSetSteps, deltasPerGrain);
    }

    /// <summary>Live memory after everything collectable is gone: managed heap in use and working set.</summary>
    private static (long Heap, long WorkingSet) Settle()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return (GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet);
    }

    /// <summary>Each commune grain's log and ledger row, written straight into delta_log and ledger; returns the deltas per grain.</summary>
    private static async Task<int> FillAsync(Database database, IReadOnlyList<string> keys)
    {
        var now = DateTimeOffset.UtcNow;
        var today = VietnamTime.DateOf(now);
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = BulkSql.Prepared(connection, transaction, """
            INSERT INTO delta_log (province, indicator, sequence, bucket, v0, v1, v2, v3, v4, v5, recorded_at, day)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)
            """, 12);
        await using var ledger = BulkSql.Prepared(connection, transaction, "INSERT INTO ledger (province, indicator, last_sequence) VALUES (@p0, @p1, @p2)", 3);
        var perGrain = 0;
        foreach (var key in keys)
        {
            var (commune, indicator) = (key[..key.IndexOf('/')], key[(key.IndexOf('/') + 1)..]);
            var rows = new List<(int Bucket, long[] Values, DateTimeOffset At)>();
            if (indicator == Indicators.OnlineL4Id)
            {
                rows.AddRange(Enumerable.Range(0, StockDays).Select(d => (Bucket.Stock, Counters.Of(1, 0, 0, d % 3 == 0 ? 1 : 0), now.AddDays(d - StockDays))));
            }
            else
            {
                rows.AddRange(Enumerable.Range(0, Months).Select(m => (Bucket.Month(today.AddMonths(-m)), Counters.Of(40, 20, 12, 5, 2, 1), now.AddMonths(-m))));
                if (indicator == Indicators.OnTimeId)
                {
                    rows.AddRange(Enumerable.Range(1, OpenDueDays).Select(d => (Bucket.Day(today.AddDays(d)), Counters.Of(3), now)));
                }
            }

            var sequence = 0L;
            foreach (var (bucket, v, at) in rows)
            {
                BulkSql.Set(insert, commune, indicator, ++sequence, bucket, v[0], v[1], v[2], v[3], v[4], v[5], at, SqlDeltaLog.DayOf(at));
                await insert.ExecuteNonQueryAsync();
            }

            BulkSql.Set(ledger, commune, indicator, sequence);
            await ledger.ExecuteNonQueryAsync();

            perGrain = Math.Max(perGrain, rows.Count);
        }

        await transaction.CommitAsync();
        return perGrain;
    }
}
