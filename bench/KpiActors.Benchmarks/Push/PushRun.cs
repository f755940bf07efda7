using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Push;

/// <summary>
/// One steady-rate run with boards connected: the delay from each acknowledgement to each board seeing
/// its figures (over every board and every acknowledged request), and the spread of one push across boards.
/// </summary>
public sealed record PushRun(
    StorageEngine Engine,
    TimeSpan PushInterval,
    int TargetRate,
    double AchievedRate,
    int Boards,
    int Samples,
    int Missing,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double FanOutP50Ms,
    double FanOutP99Ms,
    double CpuShare);
