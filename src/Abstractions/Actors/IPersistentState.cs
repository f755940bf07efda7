namespace KpiActors.Actors;

/// <summary>
/// A grain's persistent state, injected into its constructor with <see cref="PersistentStateAttribute"/>
/// and read before the first turn. Writes are guarded by the ETag: a write based on a stale read fails
/// with <see cref="InconsistentStateException"/> instead of overwriting what another activation wrote.
/// </summary>
public interface IPersistentState<TState> where TState : new()
{
    TState State { get; set; }

    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync();

    Task WriteStateAsync();

    Task ClearStateAsync();
}
