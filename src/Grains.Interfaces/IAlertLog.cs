namespace KpiActors.Grains;

/// <summary>Where alerts are recorded: kept by the host's alerts feature, used by the board notifier.</summary>
public interface IAlertLog
{
    /// <summary>
    /// Records the alert unless it repeats the last one of its (province, indicator, period): a grain replaying its
    /// log after a crash, or two activations of one grain during a directory change, may report a change twice,
    /// and the alert is raised once. Null when nothing was raised.
    /// </summary>
    Task<Alert?> RaiseAsync(IndicatorReading reading, string kind, DateTimeOffset at, CancellationToken cancellationToken = default);
}
