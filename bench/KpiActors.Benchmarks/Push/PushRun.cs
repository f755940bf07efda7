using KpiActors.TestSupport;

namespace KpiActors.Benchmarks.Push;

/// <summary>
/// One steady-rate run with boards connected: the delay from each acknowledgement to each board seeing
/// its figures (over every board and every acknowledged request), the spread of one push across boards, and
/// the median size of a push as a board receives it.
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
    double PushKilobytes,
    double CpuShare);
