namespace KpiActors.Domain;

/// <summary>What an alert is shown of its key: a judged figure, or the absence of any fact for too long.</summary>
public abstract record Observation
{
    /// <summary>
    /// What the figure of <paramref name="period"/> says now, unless the feed has been silent for the rules' NoData
    /// period since <paramref name="lastFactAt"/>: then that silence is what is seen.
    /// </summary>
    public static Observation Of(string period, AlertFigure figure, DateTimeOffset? lastFactAt, DateTimeOffset now, AlertRules rules) =>
        rules.NoDataFor is { } quiet && lastFactAt is { } last && now - last >= quiet
            ? new Silent(period, last)
            : new Judged(period, figure);
}

/// <summary>The figure of <see cref="Period"/>, judged against its target.</summary>
public sealed record Judged(string Period, AlertFigure Figure) : Observation
{
    public bool Behind => Figure.Status == TargetStatus.Behind;
}

/// <summary>No fact since <see cref="LastFactAt"/>, for longer than the rules allow; <see cref="Period"/> is the live one.</summary>
public sealed record Silent(string Period, DateTimeOffset LastFactAt) : Observation;
