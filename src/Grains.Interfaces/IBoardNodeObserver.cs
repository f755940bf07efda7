namespace KpiActors.Grains;

/// <summary>One node's boards, as the notifiers reach them: each node registers one with <see cref="IBoardNodesGrain"/>.</summary>
[Alias("IBoardNodeObserver")]
public interface IBoardNodeObserver : IGrainObserver
{
    [Alias("Readings")]
    Task ReadingsAsync(IReadOnlyList<IndicatorReading> readings);

    [Alias("Alert")]
    Task AlertAsync(Alert alert);

    [Alias("AlertAcknowledged")]
    Task AlertAcknowledgedAsync(Alert alert);
}
