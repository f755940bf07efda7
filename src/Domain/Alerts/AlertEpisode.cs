namespace KpiActors.Domain;

/// <summary>
/// One episode of an alert, from the moment it began (<see cref="Since"/>: the figure fell behind, or the feed was judged
/// silent) to its end. <see cref="Period"/> is the reporting period it is about; an episode about a figure ends with its
/// period, one about a silent feed ends with the next fact. <see cref="Figure"/> is the figure as of its last change.
/// <see cref="SilenceId"/> names the silence that muted it: a muted episode tells nobody, its end included.
/// </summary>
public sealed record AlertEpisode(
    AlertState State,
    string Period,
    DateTimeOffset Since,
    AlertFigure Figure,
    DateTimeOffset? FiredAt = null,
    DateTimeOffset? ClearSince = null,
    DateTimeOffset? ResolvedAt = null,
    long? SilenceId = null,
    DateTimeOffset? LastFactAt = null)
{
    /// <summary>Still going: a later observation may change it.</summary>
    public bool IsOpen => State is AlertState.Pending or AlertState.Firing or AlertState.Recovering or AlertState.NoData;

    /// <summary>About a figure that is, or was lately, behind (not about a silent feed).</summary>
    public bool IsAboutFigure => State is AlertState.Pending or AlertState.Firing or AlertState.Recovering;
}
