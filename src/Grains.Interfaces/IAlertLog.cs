using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>Where alerts are recorded: kept by the host's alerts feature, told by the board notifier what the grains judged.</summary>
public interface IAlertLog
{
    /// <summary>
    /// Records that a (province, indicator, period) is, or no longer is, behind: a pending alert begins, a pending one is
    /// dropped, a firing one starts or stops its keep-firing period. Saying again what is already recorded changes nothing,
    /// so a grain replaying its log after a crash, or two activations of one grain, raise nothing twice.
    /// The alert as changed, or null when nothing changed.
    /// </summary>
    Task<Alert?> ObserveAsync(IndicatorReading reading, DateTimeOffset at, CancellationToken cancellationToken = default);
}
