namespace KpiActors.Benchmarks;

/// <summary>
/// How much each measurement does. The full sizes keep the whole run under 20 minutes on 2 cores;
/// --quick is a smoke run of every code path in a couple of minutes, whose figures mean little.
/// </summary>
public sealed record BenchOptions(
    bool Quick,
    int Runs,
    IReadOnlyDictionary<int, (int Events, int Senders)> IngestSizes,
    int NaiveSeedRows,
    TimeSpan NaiveDuration,
    int[] PushRates,
    int[] PushBoards,
    TimeSpan PushDuration,
    TimeSpan ComparisonPushInterval,
    long[] LogSizes,
    int MemorySteps,
    int[] ClusterSizes,
    int ClusterBoards,
    int ClusterPushRate)
{
    /// <summary>
    /// Timed cold starts per log size: a cold start over 10 million deltas replays all of them, which takes
    /// long enough that two runs, not three, keep the whole benchmark within its 20 minutes.
    /// </summary>
    public int ColdStartRuns(long deltas) => deltas >= 10_000_000 ? Math.Min(Runs, 2) : Runs;

    public static BenchOptions Full { get; } = new(
        Quick: false,
        Runs: 3,
        IngestSizes: new Dictionary<int, (int, int)> { [1] = (6_000, 16), [100] = (30_000, 8), [1000] = (60_000, 4) },
        NaiveSeedRows: 1_200_000,
        NaiveDuration: TimeSpan.FromSeconds(6),
        PushRates: [1_000, 5_000],
        PushBoards: [100, 1_000],
        PushDuration: TimeSpan.FromSeconds(4),
        ComparisonPushInterval: TimeSpan.FromMilliseconds(250),
        LogSizes: [1_000_000, 10_000_000],
        MemorySteps: 4,
        ClusterSizes: [1, 2, 3],
        ClusterBoards: 100,
        ClusterPushRate: 5_000);

    public static BenchOptions QuickRun { get; } = new(
        Quick: true,
        Runs: 1,
        IngestSizes: new Dictionary<int, (int, int)> { [1] = (300, 16), [100] = (2_000, 8), [1000] = (4_000, 4) },
        NaiveSeedRows: 20_000,
        NaiveDuration: TimeSpan.FromSeconds(2),
        PushRates: [1_000],
        PushBoards: [50],
        PushDuration: TimeSpan.FromSeconds(3),
        ComparisonPushInterval: TimeSpan.FromMilliseconds(250),
        LogSizes: [50_000, 200_000],
        MemorySteps: 2,
        ClusterSizes: [1, 2],
        ClusterBoards: 20,
        ClusterPushRate: 1_000);
}
