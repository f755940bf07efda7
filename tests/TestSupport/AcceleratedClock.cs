namespace KpiActors.TestSupport;

/// <summary>
/// A clock that runs <paramref name="factor"/> times faster than real time from now on: minutes of the live clock
/// (pending periods, a demo's first ten minutes) pass in seconds, while timers and elapsed times stay real.
/// </summary>
public sealed class AcceleratedClock(double factor) : TimeProvider
{
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
    private readonly long _started = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _start + System.GetElapsedTime(_started) * factor;
}
