using KpiActors.Domain;

namespace KpiActors.Grains;

/// <summary>
/// Where the grain that owns a figure records its alert, one move at a time. Each move is one transaction with what it
/// tells (the outbox that notifications are sent from), and it applies only to the alert as its caller last saw it:
/// a move made twice (a second activation of the grain, a turn re-run after a crash) is refused, not repeated.
/// </summary>
public interface IAlertJournal
{
    /// <summary>The key's open alert, or null when it has none.</summary>
    Task<RecordedAlert?> OpenAsync(IndicatorKey key, CancellationToken cancellationToken = default);

    /// <summary>The id of a silence in force over the key at <paramref name="at"/>, or null.</summary>
    Task<long?> SilenceOverAsync(IndicatorKey key, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="move"/> of the alert last seen as <paramref name="from"/> (null: none open), and its tell.
    /// Throws <see cref="AlertConflictException"/>, having written nothing, when the stored alert is no longer that one.
    /// </summary>
    Task<RecordedAlert> RecordAsync(IndicatorKey key, RecordedAlert? from, AlertMove move, CancellationToken cancellationToken = default);
}

/// <summary>An alert as stored, with the version a move of it must find.</summary>
public sealed record RecordedAlert(Alert Alert, long Version);
