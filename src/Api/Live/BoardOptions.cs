namespace KpiActors.Api.Live;

public sealed class BoardOptions
{
    /// <summary>
    /// How often coalesced figures are pushed: a burst of deltas becomes one message per interval. A change waits
    /// for the next push, up to a whole interval, so the interval bounds the latency a board sees; at 200 ms the
    /// p99 from acknowledgement to board stays under 250 ms with a thousand boards (docs/benchmarks.md).
    /// </summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
