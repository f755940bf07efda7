namespace KpiActors.Domain;

/// <summary>
/// The alert's state machine, the one place its rules live: Normal → Pending → Firing ⇄ Recovering → Resolved, and
/// NoData when the feed goes silent. Pure: the same episode, observation, silence and time give the same moves, and
/// moves already made give none, so that whoever runs it again (a grain replaying after a crash, a second activation)
/// changes nothing.
/// </summary>
public static class AlertMachine
{
    /// <summary>
    /// The moves that <paramref name="observed"/> at <paramref name="now"/> makes of <paramref name="current"/> (the key's
    /// latest episode, or null), in order: at most two, when one episode ends and the next begins at once.
    /// </summary>
    /// <param name="silence">The id of a silence in force now over this key, or null: moves it covers tell nobody.</param>
    public static IReadOnlyList<AlertMove> Next(AlertEpisode? current, Observation observed, long? silence, DateTimeOffset now, AlertRules rules)
    {
        var open = current is { IsOpen: true } ? current : null;
        var moves = new List<AlertMove>();
        if (open is { IsAboutFigure: true } && PeriodEnd(open.Period) <= now)
        {
            // Its period is over: the figure it was about can no longer change. Told where it ended if this is that period's figure.
            var final = observed is Judged judgedThen && judgedThen.Period == open.Period ? judgedThen.Figure : open.Figure;
            moves.Add(open.State == AlertState.Pending
                ? new AlertMove(open, open with { State = AlertState.Normal, Figure = final }, AlertTell.Nothing, now)
                : Resolve(open, final, silence, now));
            open = null;
        }

        moves.AddRange(observed switch
        {
            Silent silent => Quiet(open, silent, silence, now),
            Judged judged => Judge(open, judged, silence, now, rules),
            _ => throw new ArgumentOutOfRangeException(nameof(observed)),
        });
        return moves;
    }

    /// <summary>
    /// When <paramref name="current"/> must next be looked at even if nothing is observed: a pending episode's firing, a
    /// recovering one's resolution, the end of an open episode's period, the moment the feed will have been silent too
    /// long. Null when only a new observation can change anything.
    /// </summary>
    public static DateTimeOffset? NextDeadline(AlertEpisode? current, DateTimeOffset? lastFactAt, AlertRules rules)
    {
        DateTimeOffset? deadline = null;
        void Consider(DateTimeOffset at) => deadline = deadline is { } earlier && earlier <= at ? earlier : at;

        if (current is { IsAboutFigure: true })
        {
            Consider(PeriodEnd(current.Period));
            if (current.State == AlertState.Pending)
            {
                Consider(current.Since + rules.PendingFor);
            }
            else if (current is { State: AlertState.Recovering, ClearSince: { } clear })
            {
                Consider(clear + rules.KeepFiringFor);
            }
        }

        if (rules.NoDataFor is { } quiet && lastFactAt is { } last && current?.State != AlertState.NoData)
        {
            Consider(last + quiet);
        }

        return deadline;
    }

    /// <summary>The first instant after <paramref name="period"/>, in Vietnam time.</summary>
    public static DateTimeOffset PeriodEnd(string period) => VietnamTime.StartOf(ReportingPeriod.Parse(period).LastDay.AddDays(1));

    private static IReadOnlyList<AlertMove> Quiet(AlertEpisode? open, Silent silent, long? silence, DateTimeOffset now)
    {
        if (open?.State == AlertState.NoData)
        {
            return [];
        }

        // A figure's episode becomes the silence's: one alert per key at a time, as Grafana's instance goes from Alerting to NoData.
        var muted = open?.SilenceId ?? silence;
        var quiet = open is null
            ? new AlertEpisode(AlertState.NoData, silent.Period, now, new AlertFigure(TargetStatus.NotEnoughData, null, 0), FiredAt: now,
                SilenceId: muted, LastFactAt: silent.LastFactAt)
            : open with { State = AlertState.NoData, FiredAt = open.FiredAt ?? now, ClearSince = null, SilenceId = muted, LastFactAt = silent.LastFactAt };
        return [new AlertMove(open, quiet, Tell(AlertTell.Fired, muted), now)];
    }

    private static IReadOnlyList<AlertMove> Judge(AlertEpisode? open, Judged judged, long? silence, DateTimeOffset now, AlertRules rules)
    {
        var moves = new List<AlertMove>();
        if (open?.State == AlertState.NoData)
        {
            // A fact arrived: the silence is over, whatever the figure says.
            moves.Add(Resolve(open, judged.Figure, silence, now));
            open = null;
        }

        if (open is not null)
        {
            if (Continue(open, judged, silence, now, rules) is { } move)
            {
                moves.Add(move);
            }
        }
        else if (judged.Behind && PeriodEnd(judged.Period) > now)
        {
            var pending = new AlertEpisode(AlertState.Pending, judged.Period, now, judged.Figure);
            moves.Add(rules.PendingFor <= TimeSpan.Zero ? Fire(null, pending, silence, now) : new AlertMove(null, pending, AlertTell.Nothing, now));
        }

        return moves;
    }

    /// <summary>An open episode about a figure, in its own period, shown that figure now.</summary>
    private static AlertMove? Continue(AlertEpisode open, Judged judged, long? silence, DateTimeOffset now, AlertRules rules) =>
        (open.State, judged.Behind) switch
        {
            (AlertState.Pending, true) when now - open.Since >= rules.PendingFor => Fire(open, open with { Figure = judged.Figure }, silence, now),
            (AlertState.Pending, false) => new AlertMove(open, open with { State = AlertState.Normal, Figure = judged.Figure }, AlertTell.Nothing, now),
            (AlertState.Firing, false) when rules.KeepFiringFor <= TimeSpan.Zero => Resolve(open, judged.Figure, silence, now),
            (AlertState.Firing, false) => new AlertMove(open, open with { State = AlertState.Recovering, ClearSince = now, Figure = judged.Figure }, AlertTell.Nothing, now),
            (AlertState.Recovering, true) => new AlertMove(open, open with { State = AlertState.Firing, ClearSince = null, Figure = judged.Figure }, AlertTell.Nothing, now),
            (AlertState.Recovering, false) when now - open.ClearSince >= rules.KeepFiringFor => Resolve(open, judged.Figure, silence, now),
            _ => null,
        };

    private static AlertMove Fire(AlertEpisode? from, AlertEpisode episode, long? silence, DateTimeOffset now)
    {
        var fired = episode with { State = AlertState.Firing, FiredAt = now, SilenceId = silence };
        return new AlertMove(from, fired, Tell(AlertTell.Fired, silence), now);
    }

    /// <summary>A resolution stays muted when its firing was, so that nobody is told of the end of what they were never told.</summary>
    private static AlertMove Resolve(AlertEpisode open, AlertFigure figure, long? silence, DateTimeOffset now)
    {
        var muted = open.SilenceId ?? silence;
        var resolved = open with { State = AlertState.Resolved, ResolvedAt = now, Figure = figure, SilenceId = muted };
        return new AlertMove(open, resolved, Tell(AlertTell.Resolved, muted), now);
    }

    private static AlertTell Tell(AlertTell tell, long? muted) => muted is null ? tell : AlertTell.Nothing;
}
