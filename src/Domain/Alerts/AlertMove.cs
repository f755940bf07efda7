namespace KpiActors.Domain;

/// <summary>What an alert must tell its subscribers about a move: nothing (a move they never hear of, or a muted one), that it fired, or that it resolved.</summary>
public enum AlertTell
{
    Nothing,
    Fired,
    Resolved,
}

/// <summary>
/// One change of one episode at <see cref="At"/>: from <see cref="From"/> (null: a new episode) to <see cref="To"/>
/// (state Normal: the episode is dropped), and what must be told of it. Each move is recorded on its own, exactly once.
/// </summary>
public sealed record AlertMove(AlertEpisode? From, AlertEpisode To, AlertTell Tell, DateTimeOffset At);
