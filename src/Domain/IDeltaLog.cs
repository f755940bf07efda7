namespace KpiActors.Domain;

/// <summary>The append-only log of deltas, read by a grain to catch up after its snapshot.</summary>
public interface IDeltaLog
{
    /// <summary>
    /// The grain's deltas after <paramref name="afterSequence"/>, summed per bucket and per day they were recorded
    /// (Vietnam time), in log order of each sum's last delta. Counters only add up, so a grain that applies these sums
    /// ends where applying every delta would; its day-by-day history too, since a province's one writer at a time records
    /// its commits' times in sequence order. A restart reads a few sums per day instead of every delta. Each sum carries the
    /// sequence and the time of the last delta in it.
    /// </summary>
    IAsyncEnumerable<LoggedDelta> ReadAsync(string province, string indicator, long afterSequence, CancellationToken cancellationToken = default);

    /// <summary>When the grain's delta <paramref name="sequence"/> was recorded; null when the log no longer has it.</summary>
    Task<DateTimeOffset?> RecordedAtAsync(string province, string indicator, long sequence, CancellationToken cancellationToken = default);

    /// <summary>The sequence of the grain's last committed delta, 0 when it has none.</summary>
    Task<long> LastSequenceAsync(string province, string indicator, CancellationToken cancellationToken = default);
}
