using KpiActors.Grains;

namespace KpiActors.Api.Live;

/// <summary>What the hub sends to boards.</summary>
public interface IBoardClient
{
    /// <summary>To the national group: figures that moved since the last push, at most one per (province, indicator).</summary>
    Task Figures(IReadOnlyList<BoardFigure> figures);

    /// <summary>To a province's group: the full readings of that province that moved since the last push.</summary>
    Task Readings(IReadOnlyList<IndicatorReading> readings);

    Task Alert(Alert alert);

    Task AlertAcknowledged(Alert alert);
}
