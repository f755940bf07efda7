using KpiActors.Benchmarks.Cluster;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Benchmarks.Ingest;
using KpiActors.Benchmarks.Memory;
using KpiActors.Benchmarks.Peer;
using KpiActors.Benchmarks.Push;
using KpiActors.Benchmarks.Replay;

namespace KpiActors.Benchmarks.Reporting;

/// <summary>Everything one run measured, with what it ran on.</summary>
public sealed class BenchResults(BenchOptions options, MachineInfo machine, DateTimeOffset startedAt, double loadAtStart)
{
    public BenchOptions Options => options;

    public MachineInfo Machine => machine;

    public DateTimeOffset StartedAt => startedAt;

    public double LoadAtStart => loadAtStart;

    public double LoadAtEnd { get; set; }

    public TimeSpan Duration { get; set; }

    public List<IngestRun> Ingest { get; } = [];

    public List<CeilingRun> Ceiling { get; } = [];

    public List<NaiveRun> Naive { get; } = [];

    public List<PushRun> Push { get; } = [];

    public List<RestartRun> Restart { get; } = [];

    /// <summary>How soon an app co-hosting a silo and nothing else listens (bench/OrleansFloor), once per run.</summary>
    public List<TimeSpan> OrleansFloor { get; } = [];

    public List<MemoryResult> Memory { get; } = [];

    public List<ClusterRun> Cluster { get; } = [];

    public List<PeerIngestRun> PeerIngest { get; } = [];

    public List<PeerPushRun> PeerPush { get; } = [];

    /// <summary>Measurements that could not complete, with why.</summary>
    public List<string> Failures { get; } = [];
}
