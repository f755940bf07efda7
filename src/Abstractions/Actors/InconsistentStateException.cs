namespace KpiActors.Actors;

/// <summary>A state write or clear was based on an ETag that is no longer the stored one.</summary>
public sealed class InconsistentStateException(string stateId, string? expectedEtag, string? storedEtag)
    : Exception($"State '{stateId}' was changed by someone else: this write expected ETag '{expectedEtag ?? "(none)"}' but storage holds '{storedEtag ?? "(none)"}'.")
{
    public string? ExpectedEtag { get; } = expectedEtag;

    public string? StoredEtag { get; } = storedEtag;
}
