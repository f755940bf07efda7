using System.Collections.Concurrent;
using System.Diagnostics;
using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public sealed record DeactivationRecord(DeactivationReason Reason, long Timestamp);

/// <summary>
/// Lets tests see what the silo did with a grain: how often its class was constructed, how often it
/// was activated and when it was deactivated. One per host, injected into test grains, so that tests
/// running in parallel never share counters.
/// </summary>
public sealed class GrainLifecycleProbe
{
    private readonly ConcurrentDictionary<string, int> _constructions = new();
    private readonly ConcurrentDictionary<string, int> _activations = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DeactivationRecord>> _deactivations = new();

    public void Constructed(string key) => _constructions.AddOrUpdate(key, 1, static (_, n) => n + 1);

    public void Activated(string key) => _activations.AddOrUpdate(key, 1, static (_, n) => n + 1);

    public void Deactivated(string key, DeactivationReason reason) =>
        Deactivation(key).TrySetResult(new DeactivationRecord(reason, Stopwatch.GetTimestamp()));

    public int ConstructionsOf(string key) => _constructions.GetValueOrDefault(key);

    public int ActivationsOf(string key) => _activations.GetValueOrDefault(key);

    /// <summary>Completes when the first activation of <paramref name="key"/> ends.</summary>
    public Task<DeactivationRecord> DeactivationOf(string key) => Deactivation(key).Task;

    public bool WasDeactivated(string key) => Deactivation(key).Task.IsCompleted;

    private TaskCompletionSource<DeactivationRecord> Deactivation(string key) =>
        _deactivations.GetOrAdd(key, static _ => new TaskCompletionSource<DeactivationRecord>(TaskCreationOptions.RunContinuationsAsynchronously));
}
