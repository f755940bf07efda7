using KpiActors.Benchmarks;
using KpiActors.Benchmarks.Cluster;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Benchmarks.Ingest;
using KpiActors.Benchmarks.Memory;
using KpiActors.Benchmarks.Peer;
using KpiActors.Benchmarks.Push;
using KpiActors.Benchmarks.Replay;
using KpiActors.Benchmarks.Reporting;
using KpiActors.TestSupport;

// The whole benchmark, both engines, one process. --quick: every code path at toy sizes; --only 1,4: those
// measurements alone. Either writes its report under artifacts/, leaving docs/benchmarks.md to full runs.
var options = args.Contains("--quick") ? BenchOptions.QuickRun : BenchOptions.Full;
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',').Select(int.Parse).ToHashSet();
bool Measures(params int[] numbers) => only is null || numbers.Any(only.Contains);
var repository = FindRepository();
// KpiApp's host finds the app's content root through metadata that only test projects are built with.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KPIACTORS_API", Path.Combine(repository, "src", "Api"));
if (args is [MemoryBenchmark.ProbeArgument, var probeEngine, var probeSteps, var probeDatabase])
{
    await MemoryBenchmark.ProbeAsync(Enum.Parse<StorageEngine>(probeEngine), int.Parse(probeSteps), probeDatabase);
    return;
}

var startedAt = DateTimeOffset.UtcNow;
Progress.Phase($"KPI Actors benchmarks ({(options.Quick ? "quick smoke run" : "full run")}), load average {MachineInfo.LoadAverage():0.0}");

Progress.Phase("Starting a private PostgreSQL server with durable commits");
await using var postgres = await PostgresServer.StartAsync(PostgresServer.Durable);
var results = new BenchResults(options, MachineInfo.Read(repository, postgres.Version), startedAt, MachineInfo.LoadAverage());
var databases = new BenchDatabases(postgres);
using var meters = new MeterRecorder();

foreach (var engine in BenchDatabases.Engines.Where(_ => Measures(1, 2, 3)))
{
    var name = BenchDatabases.Name(engine);
    Progress.Phase($"{name} — 1. durable ingest through the API");
    await Measure($"{name}, ingest", async () =>
    {
        await using var app = await KpiApp.StartAsync(engine, AppLogging.Warnings, await databases.NewAsync(engine));
        results.Ingest.AddRange(await new IngestBenchmark(options, meters).RunAsync(engine, app));
    });

    BenchDatabases.ReleaseConnections();
    Progress.Phase($"{name} — 2. storage ceiling (bulk path, no HTTP, no grains)");
    await Measure($"{name}, storage ceiling", async () => results.Ceiling.AddRange(await new StorageCeiling(options, databases).RunAsync(engine)));

    Progress.Phase($"{name} — 3. naive baseline (insert, then aggregate, per event)");
    await Measure($"{name}, naive baseline", async () => results.Naive.AddRange(await new NaiveBaseline(options, databases).RunAsync(engine, options.IngestSizes[1].Senders)));
}

foreach (var engine in BenchDatabases.Engines.Where(_ => Measures(4)))
{
    Progress.Phase($"{BenchDatabases.Name(engine)} — 4. push latency to WebSocket boards");
    await Measure($"{BenchDatabases.Name(engine)}, push latency", async () => results.Push.AddRange(await new PushLatencyBenchmark(options, databases).RunAsync(engine)));
}

if (Measures(5, 6))
{
    Progress.Phase("5. replay and restart: Orleans' own start, for reference");
    await Measure("Orleans' own start", async () => results.OrleansFloor.AddRange(await new OrleansFloor(options).RunAsync()));
}

foreach (var engine in BenchDatabases.Engines.Where(_ => Measures(5, 6)))
{
    Progress.Phase($"{BenchDatabases.Name(engine)} — 5. replay and restart");
    await Measure($"{BenchDatabases.Name(engine)}, restart", async () => results.Restart.AddRange(await new RestartBenchmark(options, databases).RunAsync(engine)));
}

foreach (var engine in BenchDatabases.Engines.Where(_ => Measures(6)))
{
    Progress.Phase($"{BenchDatabases.Name(engine)} — 6. memory per grain");
    await Measure($"{BenchDatabases.Name(engine)}, memory", async () => results.Memory.Add(await new MemoryBenchmark(options, databases).RunAsync(engine)));
    BenchDatabases.ReleaseConnections();
}

if (Measures(7))
{
    Progress.Phase("PostgreSQL — 7. a cluster of 1, 2 and 3 app processes on one database (2 cores: overhead, not scaling)");
    await Measure("PostgreSQL, cluster", async () => results.Cluster.AddRange(await new ClusterBenchmark(options, databases, meters).RunAsync()));
}

if (Measures(8))
{
    Progress.Phase("PostgreSQL — 8. peer baseline (trigger-maintained summary table, LISTEN/NOTIFY)");
    await Measure("PostgreSQL, peer baseline", async () =>
    {
        var (ingest, push) = await new PeerBaseline(options, databases).RunAsync();
        results.PeerIngest.AddRange(ingest);
        results.PeerPush.AddRange(push);
    });
}

results.Duration = DateTimeOffset.UtcNow - startedAt;
results.LoadAtEnd = MachineInfo.LoadAverage();
var report = options.Quick || only is not null ? Path.Combine(repository, "artifacts", "benchmarks-partial.md") : Path.Combine(repository, "docs", "benchmarks.md");
Directory.CreateDirectory(Path.GetDirectoryName(report)!);
await File.WriteAllTextAsync(report, BenchReport.Render(results));
Progress.Phase($"Done in {results.Duration.TotalMinutes:0.0} min; results in {Path.GetRelativePath(repository, report)}");

// A measurement that fails is reported as such, and the others still run: a 20-minute run is not thrown away.
async Task Measure(string title, Func<Task> measurement)
{
    try
    {
        await measurement();
    }
    catch (Exception e)
    {
        results.Failures.Add($"{title}: {e.GetType().Name}: {e.Message}");
        Progress.Step($"FAILED: {e}");
    }
}

static string FindRepository()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "KpiActors.sln")))
        {
            return folder.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
