using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>One timed bulk write of a workload's rows.</summary>
public sealed record CeilingRun(StorageEngine Engine, int Events, int DossierRows, int DeltaRows, TimeSpan Wall)
{
    public double EventsPerSecond => Events / Wall.TotalSeconds;

    public double RowsPerSecond => (DossierRows + DeltaRows) / Wall.TotalSeconds;
}
