using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>One timed run of the naive dashboard: events handled one by one, each with its aggregate query.</summary>
public sealed record NaiveRun(StorageEngine Engine, int Senders, int Events, TimeSpan Wall)
{
    public double EventsPerSecond => Events / Wall.TotalSeconds;
}
