namespace KpiActors.Domain;

/// <summary>The append-only log of deltas, read by a grain to catch up after its snapshot.</summary>
public interface IDeltaLog
{
    IAsyncEnumerable<LoggedDelta> ReadAsync(string province, string indicator, long afterSequence, CancellationToken cancellationToken = default);
}
