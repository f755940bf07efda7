namespace KpiActors.Api.Live;

public sealed class BoardOptions
{
    /// <summary>How often coalesced figures are pushed: a burst of deltas becomes one message per interval.</summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
