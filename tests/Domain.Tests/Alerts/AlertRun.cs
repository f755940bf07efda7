namespace KpiActors.Domain.Tests.Alerts;

/// <summary>
/// One thing that happens to an alert's key, <see cref="Minutes"/> after the last: a fact arrives and the figure is judged
/// behind or not (<see cref="Behind"/>), or no fact arrives (null) and the grain only looks again; with or without a
/// silence in force.
/// </summary>
public sealed record AlertStep(int Minutes, bool? Behind, bool Muted);

/// <summary>
/// Runs the state machine as the grain that owns a figure runs it: at every step, and at every deadline between two steps
/// (its reminder), with the figure as last judged and the feed silent if no fact came for the NoData period. Records every
/// move with how long the figure had been behind, or not, without a break: what the properties are about.
/// </summary>
public sealed class AlertRun
{
    public const long Silence = 7;

    private readonly AlertRules _rules;
    private readonly string _period;
    private AlertFigure? _figure;
    private DateTimeOffset _now;
    private DateTimeOffset? _lastFact;
    private DateTimeOffset? _sideSince;
    private bool _muted;

    private AlertRun(AlertRules rules, DateTimeOffset start, string period) => (_rules, _now, _period) = (rules, start, period);

    /// <summary>A Monday morning early in November 2026: room for weeks of steps inside the month.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, VietnamTime.Offset);

    public AlertEpisode? Current { get; private set; }

    public List<Made> Moves { get; } = [];

    /// <param name="At">When the move was made.</param>
    /// <param name="OnSideFor">How long the figure had been on its side of "behind" (behind, or not) without a break.</param>
    /// <param name="Behind">Whether the figure was behind when the move was made.</param>
    public sealed record Made(AlertMove Move, DateTimeOffset At, TimeSpan OnSideFor, bool Behind);

    public static AlertRun Of(AlertRules rules, IEnumerable<AlertStep> steps, DateTimeOffset? start = null, string period = "2026-11")
    {
        var run = new AlertRun(rules, start ?? Start, period);
        foreach (var step in steps)
        {
            run.Apply(step);
        }

        return run;
    }

    /// <summary>The moves <paramref name="observed"/> would make now, without making them: what a second activation, or a re-run, would do.</summary>
    public IReadOnlyList<AlertMove> Again(Observation observed) => AlertMachine.Next(Current, observed, _muted ? Silence : null, _now, _rules);

    /// <summary>What the grain sees now; null before any fact was judged.</summary>
    public Observation? Observe() => _figure is null ? null : Observation.Of(_period, _figure, _lastFact, _now, _rules);

    private void Apply(AlertStep step)
    {
        var next = _now.AddMinutes(step.Minutes);
        while (_figure is not null && AlertMachine.NextDeadline(Current, _lastFact, _rules) is { } deadline && deadline > _now && deadline <= next)
        {
            _now = deadline;
            Evaluate();
        }

        _now = next;
        _muted = step.Muted;
        if (step.Behind is { } behind)
        {
            if (_figure is null || (_figure.Status == TargetStatus.Behind) != behind)
            {
                _sideSince = _now;
            }

            _figure = behind ? new AlertFigure(TargetStatus.Behind, 0.5, 0.95) : new AlertFigure(TargetStatus.AtRisk, 0.93, 0.95);
            _lastFact = _now;
        }

        if (_figure is not null)
        {
            Evaluate();
        }
    }

    private void Evaluate()
    {
        foreach (var move in AlertMachine.Next(Current, Observe()!, _muted ? Silence : null, _now, _rules))
        {
            Moves.Add(new Made(move, _now, _now - _sideSince!.Value, _figure!.Status == TargetStatus.Behind));
            Current = move.To;
        }
    }
}
