using System.Collections.Concurrent;
using KpiActors.Silo.Runtime;

namespace KpiActors.Silo.Tests.Runtime;

/// <summary>Passes through to the real storage, except for reads a test has asked to fail.</summary>
public sealed class FaultInjectingStorage(IGrainStorage inner) : IGrainStorage
{
    private readonly ConcurrentDictionary<GrainStateId, int> _failingReads = new();

    private int _failedReads;

    public int FailedReads => Volatile.Read(ref _failedReads);

    public void FailNextReads(GrainStateId id, int count) => _failingReads[id] = count;

    public Task<StoredGrainState?> ReadAsync(GrainStateId id)
    {
        while (_failingReads.TryGetValue(id, out var left) && left > 0)
        {
            if (_failingReads.TryUpdate(id, left - 1, left))
            {
                Interlocked.Increment(ref _failedReads);
                throw new IOException($"Injected read failure of {id}.");
            }
        }

        return inner.ReadAsync(id);
    }

    public Task<string> WriteAsync(GrainStateId id, string payload, string? expectedEtag) => inner.WriteAsync(id, payload, expectedEtag);

    public Task ClearAsync(GrainStateId id, string? expectedEtag) => inner.ClearAsync(id, expectedEtag);
}
