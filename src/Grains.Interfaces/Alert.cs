using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// One alert episode of a (province, indicator) as it is stored, listed and pushed: from the moment the figure fell behind
/// or the feed was judged silent (<see cref="BehindSince"/>) through firing to its resolution. <see cref="Status"/>,
/// <see cref="Value"/> and <see cref="Target"/> are the figure as of its last change of state, so that its text says where
/// the figure stood; <see cref="LastFactAt"/> is when a silent feed last sent a fact (state no-data, and its resolution).
/// </summary>
[GenerateSerializer, Immutable, Alias("Alert")]
public sealed record Alert(
    long Id,
    string Province,
    string Indicator,
    string Period,
    AlertState State,
    TargetStatus Status,
    double? Value,
    double Target,
    DateTimeOffset BehindSince,
    DateTimeOffset? FiredAt,
    DateTimeOffset? ClearSince,
    DateTimeOffset? ResolvedAt,
    long? SilenceId,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? LastFactAt)
{
    /// <summary>The episode as the state machine sees it.</summary>
    public AlertEpisode Episode => new(State, Period, BehindSince, new AlertFigure(Status, Value, Target), FiredAt, ClearSince, ResolvedAt, SilenceId, LastFactAt);

    /// <summary>This alert moved to <paramref name="episode"/>; who acknowledged it stays.</summary>
    public Alert With(AlertEpisode episode) => this with
    {
        State = episode.State, Period = episode.Period, Status = episode.Figure.Status, Value = episode.Figure.Value, Target = episode.Figure.Target,
        BehindSince = episode.Since, FiredAt = episode.FiredAt, ClearSince = episode.ClearSince, ResolvedAt = episode.ResolvedAt,
        SilenceId = episode.SilenceId, LastFactAt = episode.LastFactAt,
    };

    /// <summary>A new episode of <paramref name="key"/>, under the id the database gave it.</summary>
    public static Alert Of(long id, IndicatorKey key, AlertEpisode episode) =>
        new Alert(id, key.Province, key.Indicator, episode.Period, episode.State, episode.Figure.Status, episode.Figure.Value, episode.Figure.Target,
            episode.Since, null, null, null, null, null, null, null).With(episode);
}
