namespace KpiActors.Grains;

/// <summary>One node's boards, as the notifiers reach them: each node registers one with <see cref="IBoardNodesGrain"/>.</summary>
[Alias("IBoardNodeObserver")]
public interface IBoardNodeObserver : IGrainObserver
{
    [Alias("Readings")]
    Task ReadingsAsync(IReadOnlyList<IndicatorReading> readings);

    /// <summary>An alert as it now stands: begun, fired, resolved, gone back to normal or acknowledged.</summary>
    [Alias("Alert")]
    Task AlertAsync(Alert alert);

    /// <summary>The silences in force, whenever one begins or ends early.</summary>
    [Alias("Silences")]
    Task SilencesAsync(IReadOnlyList<Silence> silences);
}
