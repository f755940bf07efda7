using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Replay;

/// <summary>
/// One cold start of the app process over a log of <paramref name="Deltas"/> deltas: when it listened, when
/// it was ready, and when all four boards answered with every province correct (all 136 grains active).
/// Board requests that failed on the way (asked again until they succeed) are counted, with the app's reason.
/// </summary>
public sealed record RestartRun(
    StorageEngine Engine,
    long Deltas,
    bool Snapshots,
    long Replayed,
    TimeSpan Listening,
    TimeSpan Ready,
    TimeSpan BoardsServed,
    TimeSpan AppCpu,
    long WorkingSetBeforeBoards,
    long WorkingSetWithGrains,
    int FailedRequests,
    string? FirstError)
{
    /// <summary>Deltas replayed per second of activation (ready → boards served).</summary>
    public double ReplayRate => Replayed / (BoardsServed - Ready).TotalSeconds;
}
