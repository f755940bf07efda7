namespace KpiActors.Grains;

public sealed class BoardNotifierOptions
{
    /// <summary>
    /// How often coalesced figures are pushed: a burst of deltas becomes one message per interval. A change waits
    /// for the next push, up to a whole interval, so the interval is most of the latency a board sees: at 250 ms
    /// the wait alone left no room under the 250 ms p99 goal; at 200 ms it leaves 50 ms for delivery
    /// (measured in docs/benchmarks.md).
    /// </summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
