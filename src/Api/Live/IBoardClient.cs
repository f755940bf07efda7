using KpiActors.Grains;
using KpiActors.Silo.Storage;

namespace KpiActors.Api.Live;

/// <summary>What the hub sends to boards.</summary>
public interface IBoardClient
{
    /// <summary>Live figures that moved since the last push, at most one per (province, indicator).</summary>
    Task Readings(IReadOnlyList<IndicatorReading> readings);

    Task Alert(Alert alert);

    Task AlertAcknowledged(Alert alert);
}
