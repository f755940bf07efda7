using KpiActors.Benchmarks.Infrastructure;
using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>One timed ingest run through the HTTP API, with the counters of where its time went.</summary>
public sealed record IngestRun(
    StorageEngine Engine,
    WireFormat Format,
    int BatchSize,
    int Senders,
    int Events,
    TimeSpan Wall,
    int Changed,
    int Unchanged,
    IngestBreakdown Breakdown,
    ProcessCounters.Sample Process)
{
    public double EventsPerSecond => Events / Wall.TotalSeconds;
}
