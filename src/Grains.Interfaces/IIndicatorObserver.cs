using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// Told by grains when the live figure of a (province, indicator) changes. Grains never touch SignalR:
/// the host's observers coalesce these and push them. Called inside a grain turn, so it must not block.
/// </summary>
public interface IIndicatorObserver
{
    void OnLiveReading(IndicatorReading reading, TargetStatus? previousStatus);
}
