namespace KpiActors.Silo.Runtime;

/// <summary>Where grain state lives: JSON payloads versioned by an ETag.</summary>
public interface IGrainStorage
{
    Task<StoredGrainState?> ReadAsync(GrainStateId id);

    /// <summary>Stores the payload if the stored ETag still equals <paramref name="expectedEtag"/> (null: no record yet) and returns the new ETag.</summary>
    /// <exception cref="KpiActors.Actors.InconsistentStateException">The stored ETag is another.</exception>
    Task<string> WriteAsync(GrainStateId id, string payload, string? expectedEtag);

    /// <exception cref="KpiActors.Actors.InconsistentStateException">The stored ETag is another.</exception>
    Task ClearAsync(GrainStateId id, string? expectedEtag);
}

public sealed record GrainStateId(string GrainType, string GrainKey, string StateName)
{
    public override string ToString() => $"{GrainType}/{GrainKey}/{StateName}";
}

public sealed record StoredGrainState(string Payload, string Etag);
