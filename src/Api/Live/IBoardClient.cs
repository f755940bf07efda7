using KpiActors.Grains;

namespace KpiActors.Api.Live;

/// <summary>What the hub sends to boards.</summary>
public interface IBoardClient
{
    /// <summary>To the national group: figures that moved since the last push, at most one per (province, indicator).</summary>
    Task Figures(IReadOnlyList<BoardFigure> figures);

    /// <summary>To a province's group: the full readings of that province that moved since the last push.</summary>
    Task Readings(IReadOnlyList<IndicatorReading> readings);

    /// <summary>To every board: an alert as it now stands; one in state "normal" is gone.</summary>
    Task Alert(Alert alert);

    /// <summary>To every board: the silences in force.</summary>
    Task Silences(IReadOnlyList<Silence> silences);
}
