using System.Globalization;
using System.Text;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Benchmarks.Ingest;
using KpiActors.Benchmarks.Push;
using KpiActors.Benchmarks.Replay;
using KpiActors.Domain;
using KpiActors.TestSupport;
using static KpiActors.Benchmarks.Infrastructure.Stats;

namespace KpiActors.Benchmarks.Reporting;

/// <summary>
/// docs/benchmarks.md: a table per measurement (medians of the runs), the goals against the figures, and
/// where the time goes, read from the counters of this very run. Every sentence with a number is written
/// from the results, so the page never disagrees with its tables.
/// </summary>
public static class BenchReport
{
    private const double IngestGoal = 0.5;
    private const double PushGoalMs = 250;
    private const int PushGoalRate = 5_000;
    private const int PushGoalBoards = 1_000;
    private const double RestartGoalSeconds = 10;
    private const long RestartGoalDeltas = 10_000_000;
    private const int CommuneGrains = 3_321 * 4;

    /// <summary>
    /// The last figures on the project's stand-in runtime (docs/benchmarks.md at 6ebff8c), which the move to Orleans must keep
    /// within 10 %; with the storage ceiling of that run, and when its restart with snapshots over 10 M deltas listened.
    /// </summary>
    private static readonly Dictionary<StorageEngine, StandInFigures> StandIn = new()
    {
        [StorageEngine.Sqlite] = new(21_506, 205, 1.18, 17.20, 34_297, 0.58),
        [StorageEngine.Postgres] = new(27_788, 199, 1.34, 30.05, 49_389, 0.56),
    };

    public static string Render(BenchResults r)
    {
        var text = new StringBuilder();
        Heading(text, r);
        if (r.Failures.Count > 0)
        {
            text.AppendLine("## Failed measurements");
            text.AppendLine();
            foreach (var failure in r.Failures)
            {
                text.AppendLine($"- {failure}");
            }

            text.AppendLine();
        }

        Goals(text, r);
        IngestSection(text, r);
        CeilingSection(text, r);
        NaiveSection(text, r);
        PushSection(text, r);
        RestartSection(text, r);
        MemorySection(text, r);
        ClusterSection(text, r);
        PeerSection(text, r);
        WhereTheTimeGoes(text, r);
        Method(text, r);
        return text.ToString();
    }

    private static void Heading(StringBuilder text, BenchResults r)
    {
        var m = r.Machine;
        text.AppendLine("# Benchmarks");
        text.AppendLine();
        text.AppendLine("Written by `bench/run.sh` (`dotnet run -c Release --project bench/KpiActors.Benchmarks`); see bench/README.md. Do not edit by hand: the next run rewrites it.");
        text.AppendLine();
        text.AppendLine($"- **Date:** {r.StartedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}");
        text.AppendLine($"- **Commit:** `{m.Commit}`{(m.DirtyTree ? " plus uncommitted changes" : "")}");
        text.AppendLine($"- **Machine:** {m.Cpu}, {m.Cores} cores, {m.MemoryGiB:0.0} GiB of memory");
        text.AppendLine($"- **Software:** {m.Runtime} (server GC), PostgreSQL {m.Postgres}, SQLite through Microsoft.Data.Sqlite");
        text.AppendLine($"- **Run:** {(r.Options.Quick ? "--quick (a smoke run: its figures mean little)" : "full")}, {r.Options.Runs} timed runs per figure " +
                        $"(tables show the median), {r.Duration.TotalMinutes:0.0} minutes in all");
        text.AppendLine($"- **Load average (1 min):** {r.LoadAtStart:0.0} at the start, {r.LoadAtEnd:0.0} at the end (the benchmark's own app, " +
                        "PostgreSQL and boards count in it)" +
                        (r.LoadAtStart > m.Cores + 1 ? " — other work shared the machine at the start, so figures may be pessimistic" : ""));
        text.AppendLine();
    }

    private static void Goals(StringBuilder text, BenchResults r)
    {
        text.AppendLine("## Goals");
        text.AppendLine();
        var table = new MarkdownTable("Goal", "Engine", "Measured", "Met?");
        foreach (var engine in Engines(r))
        {
            var (best, ratio) = BestIngest(r, engine);
            table.Row($"Durable ingest ≥ {IngestGoal:0.#} × storage ceiling", Name(engine),
                best is null || double.IsNaN(ratio) ? "not measured" : $"{ratio:0.00} × ({best.Value.Format} batch {best.Value.BatchSize})",
                best is null || double.IsNaN(ratio) ? "—" : Verdict(ratio >= IngestGoal));
        }

        foreach (var engine in Engines(r))
        {
            foreach (var interval in r.Push.Where(p => p.Engine == engine).Select(p => p.PushInterval).Distinct())
            {
                var runs = r.Push.Where(p => p.Engine == engine && p.PushInterval == interval && p.TargetRate == PushGoalRate && p.Boards == PushGoalBoards).ToList();
                var p99 = runs.Count > 0 ? Median(runs.Select(p => p.P99Ms)) : double.NaN;
                table.Row($"p99 push < {PushGoalMs:0} ms at {PushGoalRate:N0}/s, {PushGoalBoards:N0} boards (push every {interval.TotalMilliseconds:0} ms)", Name(engine),
                    runs.Count > 0 ? $"{p99:0} ms" : "not measured (quick run)", runs.Count > 0 ? Verdict(p99 < PushGoalMs) : "—");
            }
        }

        foreach (var engine in Engines(r))
        {
            foreach (var snapshots in new[] { true, false })
            {
                var runs = r.Restart.Where(x => x.Engine == engine && x.Snapshots == snapshots && x.Deltas >= RestartGoalDeltas).ToList();
                var seconds = runs.Count > 0 ? Median(runs.Select(x => x.BoardsServed.TotalSeconds)) : double.NaN;
                table.Row($"Restart with 10 million deltas < {RestartGoalSeconds:0} s ({(snapshots ? "with" : "without")} snapshots)", Name(engine),
                    runs.Count > 0 ? $"{seconds:0.0} s" : "not measured (quick run)", runs.Count > 0 ? Verdict(seconds < RestartGoalSeconds) : "—");
            }
        }

        text.AppendLine(table.ToString());
        StandInComparison(text, r);
        text.AppendLine("The ingest goal is judged on the best request size; the ratio of every size is in section 1. Requests of one event each are " +
                        "bound by a durable commit per handful of events, not by the rows: see the facts per commit there. Where a goal is not met, " +
                        "the reading under \"Where the time goes\" says why.");
        text.AppendLine();
    }

    /// <summary>This run against the stand-in runtime's last figures: single-node figures may not fall more than 10 % below them.</summary>
    private static void StandInComparison(StringBuilder text, BenchResults r)
    {
        var table = new MarkdownTable("Figure", "Engine", "Stand-in runtime", "Orleans (this run)", "Change", "Within 10 %?");
        foreach (var engine in Engines(r))
        {
            var (ingest, pushP99, restartWith, restartWithout, ceiling, _) = StandIn[engine];
            var jsonBatch = r.Ingest.Where(x => x.Engine == engine && x.Format == WireFormat.Json && x.BatchSize == 1_000).ToList();
            var push = r.Push.Where(p => p.Engine == engine && p.PushInterval == TimeSpan.FromMilliseconds(200) && p.TargetRate == PushGoalRate && p.Boards == PushGoalBoards).ToList();
            var with = r.Restart.Where(x => x.Engine == engine && x.Snapshots && x.Deltas >= RestartGoalDeltas).ToList();
            var without = r.Restart.Where(x => x.Engine == engine && !x.Snapshots && x.Deltas >= RestartGoalDeltas).ToList();
            Row("Ingest, JSON batches of 1,000 (events/s)", ingest, jsonBatch.Select(x => x.EventsPerSecond), higherIsBetter: true, "N0");
            Row($"p99 push, {PushGoalRate:N0}/s, {PushGoalBoards:N0} boards (ms)", pushP99, push.Select(p => p.P99Ms), higherIsBetter: false, "0");
            Row("Restart, 10 M deltas, with snapshots (s)", restartWith, with.Select(x => x.BoardsServed.TotalSeconds), higherIsBetter: false, "0.00");
            Row("Restart, 10 M deltas, without snapshots (s)", restartWithout, without.Select(x => x.BoardsServed.TotalSeconds), higherIsBetter: false, "0.00");
            var ceilings = r.Ceiling.Where(c => c.Engine == engine).Select(c => c.EventsPerSecond).ToList();
            if (ceilings.Count > 0)
            {
                // The yardstick of the ingest goal, not a figure of the product: no verdict.
                table.Row("Storage ceiling, for reference (events/s)", Name(engine), $"{ceiling:N0}", $"{Median(ceilings):N0}", $"{Median(ceilings) / ceiling - 1:+0%;-0%;0%}", "—");
            }

            void Row(string figure, double before, IEnumerable<double> runs, bool higherIsBetter, string format)
            {
                var values = runs.ToList();
                if (values.Count == 0)
                {
                    return;
                }

                var now = Median(values);
                var change = now / before - 1;
                var within = higherIsBetter ? now >= 0.9 * before : now <= 1.1 * before;
                table.Row(figure, Name(engine), before.ToString(format, CultureInfo.InvariantCulture), now.ToString(format, CultureInfo.InvariantCulture),
                    $"{change:+0%;-0%;0%}", Verdict(within));
            }
        }

        text.AppendLine("Against the last figures on the project's stand-in runtime (commit `6ebff8c`, the same machine and benchmark), which single-node " +
                        "figures may not fall more than 10 % below:");
        text.AppendLine();
        text.AppendLine(table.ToString());
    }

    private static void IngestSection(StringBuilder text, BenchResults r)
    {
        text.AppendLine("## 1. Durable ingest through the API");
        text.AppendLine();
        text.AppendLine($"POST /api/v1/dossiers, each request answered only once its batch is committed durably and applied by the grains. " +
                        $"{DossierWorkload.DuplicateShare:P0} of events are exact repeats and {DossierWorkload.CorrectionShare:P0} corrections of a dossier sent earlier. " +
                        "Senders post concurrently over keep-alive connections; bodies are serialized before the clock starts.");
        text.AppendLine();
        var table = new MarkdownTable("Engine", "Format", "Batch", "Senders", "Events/run", "Events/s (median)", "Range", "Facts per commit", "Ingest / ceiling");
        foreach (var group in IngestGroups(r))
        {
            var ceiling = CeilingRate(r, group.Key.Engine);
            var rate = Median(group.Select(x => x.EventsPerSecond));
            table.Row(Name(group.Key.Engine), group.Key.Format, group.Key.BatchSize, group.First().Senders, $"{group.First().Events:N0}", $"{rate:N0}",
                $"{group.Min(x => x.EventsPerSecond):N0}–{group.Max(x => x.EventsPerSecond):N0}",
                $"{Median(group.Select(x => x.Breakdown.FactsPerCommit)):N0}", $"{rate / ceiling:0.00} ×");
        }

        text.AppendLine(table.ToString());
        var repeats = r.Ingest.Sum(x => x.Unchanged);
        text.AppendLine($"Across all runs the API reported {r.Ingest.Sum(x => x.Changed):N0} events changed and {repeats:N0} unchanged (the repeats).");
        text.AppendLine();
    }

    private static void CeilingSection(StringBuilder text, BenchResults r)
    {
        text.AppendLine("## 2. Storage ceiling");
        text.AppendLine();
        text.AppendLine("The rows a workload of the largest ingest size leaves behind (one per dossier; the deltas summed per bucket of each grain " +
                        $"within each request of {StoredRows.RequestSize:N0} events, as the app's commits log them) written into the app's own schema " +
                        "with the engine's fastest bulk path and one durable commit: binary COPY (PostgreSQL), one prepared INSERT per table in one " +
                        "transaction (SQLite). No HTTP, no JSON, no grains, no reading of previous versions. Corrections are counted by their deltas only, " +
                        "which makes the ceiling, if anything, a little higher.");
        text.AppendLine();
        var table = new MarkdownTable("Engine", "Events", "Dossier rows", "Delta rows", "Events/s (median)", "Rows/s (median)");
        foreach (var engine in Engines(r))
        {
            var runs = r.Ceiling.Where(c => c.Engine == engine).ToList();
            if (runs.Count > 0)
            {
                table.Row(Name(engine), $"{runs[0].Events:N0}", $"{runs[0].DossierRows:N0}", $"{runs[0].DeltaRows:N0}",
                    $"{Median(runs.Select(c => c.EventsPerSecond)):N0}", $"{Median(runs.Select(c => c.RowsPerSecond)):N0}");
            }
        }

        text.AppendLine(table.ToString());
    }

    private static void NaiveSection(StringBuilder text, BenchResults r)
    {
        text.AppendLine("## 3. Naive baseline");
        text.AppendLine();
        text.AppendLine($"What a typical dashboard does: upsert each event in a transaction of its own, then recompute the province's on-time rate " +
                        $"over the last 30 days with an aggregate query, on a table that starts with {r.Options.NaiveSeedRows:N0} dossiers " +
                        "(a month of national volume at about 40,000 a day) and is indexed on (province, resolution time). No HTTP, which flatters it. " +
                        "\"Ours, one by one\" is the API with batches of one event and the same number of concurrent senders.");
        text.AppendLine();
        var table = new MarkdownTable("Engine", "Senders", "Naive events/s (median)", "Ours, one by one", "Ours / naive", "Ours, best batch", "Best / naive");
        foreach (var engine in Engines(r))
        {
            var runs = r.Naive.Where(n => n.Engine == engine).ToList();
            if (runs.Count == 0)
            {
                continue;
            }

            var naive = Median(runs.Select(n => n.EventsPerSecond));
            var single = MedianIngest(r, engine, WireFormat.Json, 1);
            var (best, _) = BestIngest(r, engine);
            table.Row(Name(engine), runs[0].Senders, $"{naive:N0}", $"{single:N0}", $"{single / naive:0.0} ×",
                best is null ? "—" : $"{best.Value.Rate:N0}", best is null ? "—" : $"{best.Value.Rate / naive:0} ×");
        }

        text.AppendLine(table.ToString());
        foreach (var engine in Engines(r))
        {
            var naive = Median(r.Naive.Where(n => n.Engine == engine).Select(n => n.EventsPerSecond));
            var singles = r.Ingest.Where(x => x.Engine == engine && x.Format == WireFormat.Json && x.BatchSize == 1).ToList();
            if (singles.Count > 0 && MedianIngest(r, engine, WireFormat.Json, 1) < naive)
            {
                text.AppendLine($"On {Name(engine)}, one event per request is slower than the naive dashboard: all writes go through the one writer, one group " +
                                $"commit at a time ({Median(singles.Select(x => x.Breakdown.FactsPerCommit)):0} facts per commit, " +
                                $"{Median(singles.Select(x => x.Breakdown.CommitMs)):0} ms each), while the dashboard's {singles[0].Senders} connections commit in " +
                                "parallel and the engine flushes their commits together. Batches are where the design pays.");
                text.AppendLine();
            }
        }
    }

    private static void PushSection(StringBuilder text, BenchResults r)
    {
        text.AppendLine("## 4. Push latency");
        text.AppendLine();
        text.AppendLine("New dossiers posted at a steady rate (each province its own sender, one request in flight, ten requests a second) while boards " +
                        "watch the national group over WebSocket with SignalR's JSON protocol. Latency: from the sender receiving its acknowledgement to a " +
                        "board receiving figures that include the request, over every (request, board) pair; a push that overtakes the acknowledgement counts " +
                        "as 0. Fan-out: for one push, the time between the first and the last board receiving it. Figures are medians over the runs of each " +
                        "run's percentile. Push KB: the median size of one push as a board receives it. The notifier pushes once per interval by design, so the " +
                        "wait for the next push is part of every figure.");
        text.AppendLine();
        var table = new MarkdownTable("Engine", "Push every", "Target/s", "Achieved/s", "Boards", "p50 ms", "p99 ms", "max ms", "Fan-out p50 ms", "Fan-out p99 ms", "Push KB", "Missing", "CPU (2 cores)");
        foreach (var group in r.Push.GroupBy(p => (p.Engine, p.PushInterval, p.TargetRate, p.Boards)))
        {
            table.Row(Name(group.Key.Engine), $"{group.Key.PushInterval.TotalMilliseconds:0} ms", $"{group.Key.TargetRate:N0}", $"{Median(group.Select(p => p.AchievedRate)):N0}",
                $"{group.Key.Boards:N0}", $"{Median(group.Select(p => p.P50Ms)):0}", $"{Median(group.Select(p => p.P99Ms)):0}", $"{Median(group.Select(p => p.MaxMs)):0}",
                $"{Median(group.Select(p => p.FanOutP50Ms)):0}", $"{Median(group.Select(p => p.FanOutP99Ms)):0}", $"{Median(group.Select(p => p.PushKilobytes)):0.0}",
                group.Sum(p => p.Missing),
                $"{Median(group.Select(p => p.CpuShare)):P0}");
        }

        text.AppendLine(table.ToString());
    }

    private static void RestartSection(StringBuilder text, BenchResults r)
    {
        text.AppendLine("## 5. Replay and restart");
        text.AppendLine();
        text.AppendLine("A cold start of the app as its own process over a delta log spread across the 136 grains, timed from the fork until the four " +
                        "boards (all 136 grains) have answered with every province's figures and sequence exactly those of the log. Without snapshots: " +
                        "no grain_state, every grain replays its whole log. With snapshots: written by a graceful stop, then 1% more of the log appended " +
                        "(the traffic since), which is what is replayed. \"Listening\": runtime start, host, schema check; \"ready\": /health/ready answered. " +
                        "The app runs as published for deployment (`dotnet publish src/Api -c Release`: ReadyToRun code, linux-x64).");
        text.AppendLine();
        if (r.OrleansFloor.Count > 0)
        {
            text.AppendLine($"For reference, Orleans' own start: bench/OrleansFloor, ASP.NET Core co-hosting a silo on localhost clustering with nothing " +
                            $"else (no grains, storage, endpoints or services of the app's), published and started the same way, listens after " +
                            $"**{Median(r.OrleansFloor.Select(x => x.TotalSeconds)):0.00} s** (median of {r.OrleansFloor.Count}; " +
                            $"{string.Join(", ", r.OrleansFloor.Select(x => $"{x.TotalSeconds:0.00}"))} s).");
            text.AppendLine();
        }

        var table = new MarkdownTable("Engine", "Deltas in log", "Snapshots", "Replayed", "Listening s", "Ready s", "Boards served s", "Replay/s", "App CPU s", "RSS MiB", "Failed board requests");
        foreach (var group in r.Restart.GroupBy(x => (x.Engine, x.Deltas, x.Snapshots)))
        {
            table.Row(Name(group.Key.Engine), $"{group.Key.Deltas:N0}", group.Key.Snapshots ? "with" : "without", $"{group.First().Replayed:N0}",
                $"{Median(group.Select(x => x.Listening.TotalSeconds)):0.00}", $"{Median(group.Select(x => x.Ready.TotalSeconds)):0.00}",
                $"**{Median(group.Select(x => x.BoardsServed.TotalSeconds)):0.00}**", $"{Median(group.Select(x => x.ReplayRate)):N0}",
                $"{Median(group.Select(x => x.AppCpu.TotalSeconds)):0.0}", $"{Median(group.Select(x => x.WorkingSetWithGrains / 1048576.0)):N0}",
                group.Sum(x => x.FailedRequests));
        }

        text.AppendLine(table.ToString());
        foreach (var failing in r.Restart.Where(x => x.FailedRequests > 0).GroupBy(x => (x.Engine, x.Deltas, x.Snapshots)))
        {
            text.AppendLine($"{Name(failing.Key.Engine)}, {failing.Key.Deltas:N0} deltas {(failing.Key.Snapshots ? "with" : "without")} snapshots: board requests failed " +
                            $"before the boards were served (each asked again until it answered); the app logged: `{failing.First(x => x.FirstError is not null).FirstError}`");
            text.AppendLine();
        }
    }

    private static void MemorySection(StringBuilder text, BenchResults r)
    {
        text.AppendLine("## 6. Memory");
        text.AppendLine();
        text.AppendLine("The app process itself (from the restarts above, smallest log, with snapshots): resident memory once listening, and once all " +
                        "34 × 4 grains are active. Per 1,000 more grains: real IndicatorGrains under commune keys, each with a log like a real grain's " +
                        "(two years of months, open dossiers over 20 due dates, 90 days of catalogue history), activated 1,000 at a time in an app " +
                        "running in a process started for this alone; managed heap after a full compacting collection, and the process's working set.");
        text.AppendLine();
        var table = new MarkdownTable("Engine", "App RSS, no grain active", "App RSS, 136 grains", "Heap, 136 grains", "Heap per 1,000 grains", "Working set per 1,000 grains", $"Heap for {CommuneGrains:N0} commune grains");
        foreach (var engine in Engines(r))
        {
            var memory = r.Memory.FirstOrDefault(m => m.Engine == engine);
            var withSnapshots = r.Restart.Where(x => x.Engine == engine && x.Snapshots).ToList();
            var restarts = withSnapshots.Where(x => x.Deltas == withSnapshots.Min(y => y.Deltas)).ToList();
            if (memory is null || restarts.Count == 0)
            {
                continue;
            }

            var perThousand = Median(memory.HeapPerThousand.Select(h => (double)h));
            table.Row(Name(engine), $"{Median(restarts.Select(x => x.WorkingSetBeforeBoards / 1048576.0)):N0} MiB", $"{Median(restarts.Select(x => x.WorkingSetWithGrains / 1048576.0)):N0} MiB",
                $"{memory.HeapWithProvinceGrains / 1048576.0:N1} MiB", $"{perThousand / 1048576.0:N2} MiB",
                $"{Median(memory.WorkingSetPerThousand.Select(w => (double)w)) / 1048576.0:N2} MiB", $"{perThousand * CommuneGrains / 1000 / 1048576.0:N0} MiB");
        }

        text.AppendLine(table.ToString());
    }

    private static void ClusterSection(StringBuilder text, BenchResults r)
    {
        if (r.Cluster.Count == 0)
        {
            return;
        }

        text.AppendLine("## 7. Several nodes on one PostgreSQL");
        text.AppendLine();
        text.AppendLine($"**This machine has {r.Machine.Cores} cores.** Every node is a full app process (Kestrel, Orleans silo, ingest pipeline) and " +
                        "they all share those cores with PostgreSQL, the senders and the boards, so these figures show what the cluster costs, not " +
                        "what it gains: on machines of their own, nodes would add capacity for HTTP, JSON and grains. Each cluster size starts from a " +
                        "fresh database; nodes start one after the other and join through Orleans' ADO.NET clustering. Ingest: JSON batches of 1,000 " +
                        "posted to the nodes in turn (request i to node i mod n), the workload of section 1. Push: new dossiers posted to the first node " +
                        "at a steady rate, as in section 4, with the boards attached only to the other nodes (with one node, to it), so that every figure " +
                        "they see has crossed from one node to another. Failover: the last node is killed with SIGKILL while idle; the first node's boards " +
                        "are asked (2 s per request) until every province shows its figures as before, and then a post with a new dossier for every " +
                        "province until it is acknowledged. Orleans declares a silo dead after 3 missed probes of 2 s each.");
        text.AppendLine();
        var table = new MarkdownTable("Nodes", "Ingest events/s (median)", "vs 1 node", "Push rate/s", "Boards", "Push p50 ms", "Push p99 ms", "Missing",
            "Grains on the killed node", "Boards answer again s", "Posts acknowledged s", "Failed requests");
        var single = r.Cluster.FirstOrDefault(c => c.Nodes == 1);
        foreach (var c in r.Cluster.OrderBy(c => c.Nodes))
        {
            var ingest = Median(c.IngestEventsPerSecond);
            table.Row(c.Nodes, $"{ingest:N0}", single is null ? "—" : $"{ingest / Median(single.IngestEventsPerSecond):0.00} ×",
                $"{Median(c.Push.Select(p => p.AchievedRate)):N0}", c.Push.FirstOrDefault()?.Boards ?? 0,
                $"{Median(c.Push.Select(p => p.P50Ms)):0}", $"{Median(c.Push.Select(p => p.P99Ms)):0}", c.Push.Sum(p => p.Missing),
                c.Failover is { } f ? $"{f.GrainsOnKilledNode} of 136" : "—", c.Failover is { } f1 ? $"{f1.BoardsAnswer.TotalSeconds:0.0}" : "—",
                c.Failover is { } f2 ? $"{f2.PostsAcknowledged.TotalSeconds:0.0}" : "—", c.Failover is { } f3 ? $"{f3.FailedRequests}" : "—");
        }

        text.AppendLine(table.ToString());
    }

    private static void PeerSection(StringBuilder text, BenchResults r)
    {
        if (r.PeerIngest.Count == 0 && r.PeerPush.Count == 0)
        {
            return;
        }

        text.AppendLine("## 8. Peer baseline: PostgreSQL alone, with a trigger-maintained summary and LISTEN/NOTIFY");
        text.AppendLine();
        text.AppendLine("What a competent team builds without actors (its SQL is in `Peer/PeerSchema.cs`): each batch of dossiers is one upsert statement " +
                        "in one durable transaction, its rows in key order; statement-level triggers read the batch's rows before and after, add up what " +
                        "they change per (province, indicator, Vietnamese month), apply that to a summary table and NOTIFY each changed summary row with " +
                        "its new figures. Every batch touches the same hot summary rows and a statement's insert and update triggers lock them in two " +
                        "passes, so concurrent batches deadlocked (each costing PostgreSQL's 1 s deadlock timeout) until the triggers took an advisory " +
                        "lock: one transaction at a time maintains the summary, while the dossier upserts themselves run side by side. Ingest: the " +
                        "workload and senders of section 1. Push: the steady traffic of section 4, each request one transaction, with one connection " +
                        "LISTENing as the peer's web server would; the latency is from the sender's acknowledged commit to the NOTIFY reaching that " +
                        "listener. The peer gets no HTTP, no JSON and no WebSocket fan-out to boards, which flatters it; ours includes all three, and its " +
                        "notifier pushes once per interval by design.");
        text.AppendLine();
        var ingest = new MarkdownTable("Batch", "Senders", "Peer events/s (median)", "Deadlocks retried", "Ours, PostgreSQL, JSON (section 1)", "Ours / peer");
        foreach (var group in r.PeerIngest.GroupBy(p => p.BatchSize).OrderBy(g => g.Key))
        {
            var peer = Median(group.Select(p => p.EventsPerSecond));
            var ours = MedianIngest(r, StorageEngine.Postgres, WireFormat.Json, group.Key);
            ingest.Row($"{group.Key:N0}", group.First().Senders, $"{peer:N0}", group.Sum(p => p.Deadlocks),
                double.IsNaN(ours) ? "—" : $"{ours:N0}", double.IsNaN(ours) ? "—" : $"{ours / peer:0.00} ×");
        }

        text.AppendLine(ingest.ToString());
        var push = new MarkdownTable("Target/s", "Peer achieved/s", "Peer p50 ms", "Peer p99 ms", "Peer max ms", "Peer missing", "Ours p50 ms (100 boards)", "Ours p99 ms (100 boards)");
        foreach (var group in r.PeerPush.GroupBy(p => p.TargetRate).OrderBy(g => g.Key))
        {
            var ours = r.Push.Where(p => p.Engine == StorageEngine.Postgres && p.TargetRate == group.Key && p.Boards == 100 && p.PushInterval == TimeSpan.FromMilliseconds(200)).ToList();
            push.Row($"{group.Key:N0}", $"{Median(group.Select(p => p.AchievedRate)):N0}", $"{Median(group.Select(p => p.P50Ms)):0}", $"{Median(group.Select(p => p.P99Ms)):0}",
                $"{Median(group.Select(p => p.MaxMs)):0}", group.Sum(p => p.Missing),
                ours.Count > 0 ? $"{Median(ours.Select(p => p.P50Ms)):0}" : "—", ours.Count > 0 ? $"{Median(ours.Select(p => p.P99Ms)):0}" : "—");
        }

        text.AppendLine(push.ToString());
        foreach (var group in r.PeerPush.GroupBy(p => p.TargetRate).Where(g => Median(g.Select(p => p.AchievedRate)) < 0.9 * g.Key))
        {
            var perRequest = Math.Max(1, Math.Round(group.Key * 0.1 / ProvinceCatalog.Vietnam.All.Count));
            text.AppendLine($"At {group.Key:N0}/s the peer fell behind ({Median(group.Select(p => p.AchievedRate)):N0}/s, " +
                            $"{Median(group.Select(p => p.AchievedRate)) / perRequest:N0} commits a second): PostgreSQL serializes the commits of transactions " +
                            "that NOTIFY, holding a database-wide lock from before each commit until after its flush to disk, so the senders' small " +
                            "transactions cannot share a flush. Ours acknowledges the same requests through group commits.");
            text.AppendLine();
        }
    }

    private static void WhereTheTimeGoes(StringBuilder text, BenchResults r)
    {
        text.AppendLine("## Where the time goes");
        text.AppendLine();
        text.AppendLine("Read from counters of this run, not estimated: the app's `KpiActors.Ingest` meter (per batch: submission to acknowledgement; per " +
                        "group commit: the store's commit and the grains' apply), ASP.NET Core's `http.server.request.duration`, and the process's CPU time, " +
                        "GC pause time and allocated bytes (the load generator shares the process and the two cores; it only sends prepared bytes).");
        text.AppendLine();
        var table = new MarkdownTable("Engine", "Format", "Batch", "Request ms", "of which outside the pipeline ms", "Commit ms (facts)", "µs per fact in commit",
            "Commit: read / write / durable ms", "Apply ms", "Writer busy", "Commit share of writer", "CPU (2 cores)", "GC pauses", "KB allocated per event");
        foreach (var group in IngestGroups(r))
        {
            var b = group.Select(x => x.Breakdown).ToList();
            var p = group.Select(x => x.Process).ToList();
            table.Row(Name(group.Key.Engine), group.Key.Format, group.Key.BatchSize, $"{Median(b.Select(x => x.RequestMs)):0.0}",
                $"{Median(b.Select(x => x.OutsidePipelineMs)):0.0}", $"{Median(b.Select(x => x.CommitMs)):0.0} ({Median(b.Select(x => x.FactsPerCommit)):N0})",
                $"{Median(b.Select(x => x.CommitMs * 1000 / x.FactsPerCommit)):0}",
                $"{Median(b.Select(x => x.ReadMs)):0.0} / {Median(b.Select(x => x.WriteMs)):0.0} / {Median(b.Select(x => x.DurableMs)):0.0}",
                $"{Median(b.Select(x => x.ApplyMs)):0.0}",
                $"{Median(b.Select(x => x.WriterBusyShare)):P0}", $"{Median(b.Select(x => x.CommitShareOfWriter)):P0}",
                $"{Median(p.Select(x => x.CpuShare)):P0}", $"{Median(p.Select(x => x.GcPauseShare)):P1}",
                $"{Median(group.Select(x => x.Process.AllocatedBytes / 1024.0 / x.Events)):0.0}");
        }

        text.AppendLine(table.ToString());
        foreach (var engine in Engines(r))
        {
            var big = r.Ingest.Where(x => x.Engine == engine && x.Format == WireFormat.Json && x.BatchSize == r.Ingest.Max(y => y.BatchSize)).ToList();
            var ceiling = r.Ceiling.Where(c => c.Engine == engine).ToList();
            if (big.Count == 0 || ceiling.Count == 0)
            {
                continue;
            }

            var perEventCeiling = Median(ceiling.Select(c => c.Wall.TotalMilliseconds * 1000 / c.Events));
            var perEventWall = Median(big.Select(x => x.Wall.TotalMilliseconds * 1000 / x.Events));
            var busy = Median(big.Select(x => x.Breakdown.WriterBusyShare));
            var commitShare = Median(big.Select(x => x.Breakdown.CommitShareOfWriter));
            var facts = Median(big.Select(x => x.Breakdown.FactsPerCommit));
            var commit = Median(big.Select(x => x.Breakdown.CommitMs));
            var read = Median(big.Select(x => x.Breakdown.ReadMs));
            var write = Median(big.Select(x => x.Breakdown.WriteMs));
            var durable = Median(big.Select(x => x.Breakdown.DurableMs));
            var bulk = perEventCeiling * facts / 1000;
            text.AppendLine($"- **{Name(engine)}, JSON batches of {big[0].BatchSize:N0}:** an event costs {perEventWall:0} µs of wall time. The single writer is busy " +
                            $"{busy:P0} of it, {commitShare:P0} of that in the store's commit and the rest in the grains' apply. A commit of {facts:N0} facts takes " +
                            $"{commit:0} ms: {read:0} ms reading the previous versions, {write:0} ms writing ({WritePath(engine)}), {durable:0} ms making it durable, " +
                            $"and {Math.Max(0, commit - read - write - durable):0} ms diffing in memory. The bulk path writes the same rows in {perEventCeiling:0} µs " +
                            $"per event, {bulk:0} ms for as many events: the commit's writing costs {write / bulk:0.0} × that, and the commit as a whole " +
                            $"{commit / bulk:0.0} ×. " +
                            (busy >= 0.8
                                ? $"The writer is the bottleneck, and within it {(commitShare >= 0.5 ? "the commit" : "the grains' apply")}."
                                : "The writer waits for work much of the time: the rest is in front of it (HTTP, reading and checking the body) on the same two cores."));
        }

        foreach (var engine in Engines(r))
        {
            var goal = r.Push.Where(p => p.Engine == engine && p.TargetRate == r.Push.Max(x => x.TargetRate) && p.Boards == r.Push.Max(x => x.Boards)).ToList();
            foreach (var interval in goal.GroupBy(p => p.PushInterval))
            {
                text.AppendLine($"- **{Name(engine)}, push every {interval.Key.TotalMilliseconds:0} ms, {interval.First().TargetRate:N0}/s, {interval.First().Boards:N0} boards:** " +
                                $"waiting for the next push alone is uniform over 0–{interval.Key.TotalMilliseconds:0} ms (p50 ≈ {interval.Key.TotalMilliseconds / 2:0}, " +
                                $"p99 ≈ {interval.Key.TotalMilliseconds * 0.99:0} ms); measured p50 {Median(interval.Select(p => p.P50Ms)):0} ms, p99 {Median(interval.Select(p => p.P99Ms)):0} ms. " +
                                $"Delivering one push to every board takes {Median(interval.Select(p => p.FanOutP50Ms)):0} ms (p50; p99 {Median(interval.Select(p => p.FanOutP99Ms)):0} ms) " +
                                $"from the first board to the last, with the process at {Median(interval.Select(p => p.CpuShare)):P0} of both cores. " +
                                $"Each push is {Median(interval.Select(p => p.PushKilobytes)):0.0} KB to each board, " +
                                $"{Median(interval.Select(p => p.PushKilobytes)) * interval.First().Boards * 1000 / interval.Key.TotalMilliseconds / 1024:0.0} MB/s to all of them: " +
                                "a push's cost grows with its size (when the wire format was chosen, 3, 20 and 68 full readings per push took 17, 40 and 110 ms " +
                                "to reach 1,000 boards), which is why the national group is pushed figures without counts or target sources.");
            }
        }

        foreach (var engine in Engines(r))
        {
            var withoutSnapshots = r.Restart.Where(x => x.Engine == engine && !x.Snapshots).ToList();
            var cold = withoutSnapshots.Where(x => x.Deltas == withoutSnapshots.Max(y => y.Deltas)).ToList();
            if (cold.Count == 0)
            {
                continue;
            }

            var activation = Median(cold.Select(x => (x.BoardsServed - x.Ready).TotalSeconds));
            var cpu = Median(cold.Select(x => x.AppCpu.TotalSeconds));
            var wall = Median(cold.Select(x => x.BoardsServed.TotalSeconds));
            text.AppendLine($"- **{Name(engine)}, restart over {cold[0].Deltas:N0} deltas without snapshots:** {Median(cold.Select(x => x.Listening.TotalSeconds)):0.0} s until the process " +
                            $"listens, then {activation:0.0} s of activation replaying {Median(cold.Select(x => x.ReplayRate)):N0} deltas/s; the app used {cpu:0.0} s of CPU in " +
                            $"{wall:0.0} s ({cpu / wall / r.Machine.Cores:P0} of both cores){(engine == StorageEngine.Sqlite ? ", SQLite included: it runs inside the app's process" : "; PostgreSQL's own work is not in it")}. " +
                            "Grains read their log summed per bucket and day (the day is stored with each delta), so a few hundred rows per grain reach the app. " +
                            (engine == StorageEngine.Sqlite
                                ? "The log is stored in key order (WITHOUT ROWID), so each grain's rows are one contiguous range; what remains is SQLite grouping them, " +
                                  "which it does by sorting, having no hash aggregation."
                                : "The key covers every column the replay reads, and the log's pages are marked all-visible by vacuum, so each grain's sum is an " +
                                  "index-only scan of one contiguous range, hashed into its groups; the heap, where every grain's rows are interleaved, is not read.") +
                            " With snapshots it replays only the tail, which is what keeps restarts short.");
        }

        foreach (var engine in Engines(r))
        {
            var warm = r.Restart.Where(x => x.Engine == engine && x.Snapshots && x.Deltas >= RestartGoalDeltas).ToList();
            if (warm.Count == 0)
            {
                continue;
            }

            var standIn = StandIn[engine];
            var listening = Median(warm.Select(x => x.Listening.TotalSeconds));
            var served = Median(warm.Select(x => x.BoardsServed.TotalSeconds));
            var floorSeconds = r.OrleansFloor.Count > 0 ? Median(r.OrleansFloor.Select(x => x.TotalSeconds)) : 0;
            var floor = r.OrleansFloor.Count > 0
                ? $" An app that co-hosts a silo and does nothing else listens after {floorSeconds:0.00} s here" +
                  (floorSeconds > standIn.ListeningWith ? ", later than the whole app on the stand-in runtime" : "") +
                  ": that much of the start comes with Orleans, whatever the app does."
                : "";
            text.AppendLine($"- **{Name(engine)}, restart over {warm[0].Deltas:N0} deltas with snapshots:** {served:0.00} s against {standIn.RestartWith:0.00} s on the " +
                            $"stand-in runtime. The process listens after {listening:0.00} s (the stand-in runtime's after {standIn.ListeningWith:0.00} s): the .NET host " +
                            $"and the Orleans silo starting and joining its cluster; from there to every board served, replay included, {served - listening:0.00} s " +
                            $"(the stand-in runtime's {standIn.RestartWith - standIn.ListeningWith:0.00} s)." +
                            (served - listening <= 1.1 * (standIn.RestartWith - standIn.ListeningWith) ? " The difference is the process's start, not the replay." : "") + floor);
        }

        foreach (var engine in Engines(r))
        {
            var ceilings = r.Ceiling.Where(c => c.Engine == engine).ToList();
            var (best, ratio) = BestIngest(r, engine);
            if (ceilings.Count == 0 || best is null || ratio >= IngestGoal)
            {
                continue;
            }

            text.AppendLine($"- **{Name(engine)}, ingest against the storage ceiling:** {ratio:0.00} ×, below the goal's 0.5 ×, while the ingest itself is " +
                            $"{best.Value.Rate / StandIn[engine].Ingest - 1:+0%;-0%} against the stand-in runtime's: the ceiling moved, to " +
                            $"{Median(ceilings.Select(c => c.EventsPerSecond)):N0} events/s from {StandIn[engine].Ceiling:N0}. The bulk path writes into today's " +
                            "schema, whose log has one index, its key with the replay's columns included, where the stand-in runtime's had an identity " +
                            "column and a second index.");
        }

        text.AppendLine();
    }

    private static void Method(StringBuilder text, BenchResults r)
    {
        text.AppendLine("## How it is measured");
        text.AppendLine();
        text.AppendLine("- Everything runs on this one machine over 127.0.0.1; the load generator and the boards share the two cores with the app (and, for " +
                        "measurements 1–4, its process: the app runs in-process through the tests' `KpiApp`, on a real Kestrel socket; measurements 5–7 run " +
                        "the app in processes of their own).");
        text.AppendLine("- PostgreSQL is a private server started by the benchmark from the machine's binaries, with durable commits (fsync, " +
                        "synchronous_commit and full_page_writes on; shared_buffers 256MB, max_wal_size 4GB). The tests' server turns durability off; this one does not. " +
                        "SQLite is a file in the temporary folder, WAL, synchronous=FULL, exactly as the app opens it.");
        text.AppendLine("- Every measurement starts from a fresh database. A warm-up run precedes the timed runs of measurements 1–3; " +
                        "configurations are interleaved within each round so that a slow spell of the machine hits them alike.");
        text.AppendLine("- Deltas for the restart are generated by the engine itself (INSERT ... SELECT over a series), row i a fixed function of i, so the " +
                        "expected figures are computed independently of the app and each restart is checked, not only timed. On PostgreSQL the log is " +
                        "then vacuumed, as autovacuum does to an append-only table between restarts in production, so that its pages are marked all-visible. " +
                        "Every restart is the same node coming back on the same silo ports, as a node with configured ports does.");
        text.AppendLine("- Measurements 7 and 8 run on PostgreSQL only: a cluster shares one PostgreSQL by design, and the peer is PostgreSQL's own machinery.");
        text.AppendLine();
    }

    private static IEnumerable<IGrouping<(StorageEngine Engine, WireFormat Format, int BatchSize), IngestRun>> IngestGroups(BenchResults r) =>
        r.Ingest.GroupBy(x => (x.Engine, x.Format, x.BatchSize)).OrderBy(g => g.Key.Engine).ThenBy(g => g.Key.BatchSize).ThenBy(g => g.Key.Format);

    private static double MedianIngest(BenchResults r, StorageEngine engine, WireFormat format, int batchSize) =>
        Median(r.Ingest.Where(x => x.Engine == engine && x.Format == format && x.BatchSize == batchSize).Select(x => x.EventsPerSecond));

    private static ((WireFormat Format, int BatchSize, double Rate)? Best, double Ratio) BestIngest(BenchResults r, StorageEngine engine)
    {
        var best = IngestGroups(r).Where(g => g.Key.Engine == engine)
            .Select(g => (g.Key.Format, g.Key.BatchSize, Rate: Median(g.Select(x => x.EventsPerSecond))))
            .OrderByDescending(g => g.Rate).Cast<(WireFormat, int, double)?>().FirstOrDefault();
        return (best, best is null ? double.NaN : best.Value.Item3 / CeilingRate(r, engine));
    }

    private static double CeilingRate(BenchResults r, StorageEngine engine) =>
        Median(r.Ceiling.Where(c => c.Engine == engine).Select(c => c.EventsPerSecond));

    private static IEnumerable<StorageEngine> Engines(BenchResults r) => BenchDatabases.Engines.Where(e => r.Ingest.Any(x => x.Engine == e) || r.Restart.Any(x => x.Engine == e) || r.Push.Any(x => x.Engine == e));

    private static string Name(StorageEngine engine) => BenchDatabases.Name(engine);

    /// <summary>How the app's store writes a commit's rows on each engine (see the Silo's SqliteFactRows and PostgresFactRows).</summary>
    private static string WritePath(StorageEngine engine) => engine == StorageEngine.Postgres
        ? "binary COPY of the new dossiers and of the deltas, one statement over arrays for corrected dossiers"
        : "one prepared statement per table, run for each row";

    private static string Verdict(bool met) => met ? "yes" : "**no**";

    private sealed record StandInFigures(double Ingest, double PushP99, double RestartWith, double RestartWithout, double Ceiling, double ListeningWith);
}
