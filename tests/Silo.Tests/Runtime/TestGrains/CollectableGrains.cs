using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface IShortLivedGrain : IGrainWithStringKey
{
    /// <summary>Changes the state in memory only; the activation writes it when it ends.</summary>
    Task Add(int amount);

    Task<int> Get();
}

/// <summary>Collected after 0.3 s without calls; flushes its dirty state as its last turn.</summary>
[CollectionAgeLimit(Seconds = 0.3)]
public sealed class ShortLivedGrain : Grain, IShortLivedGrain
{
    public const string StateName = "total";

    private readonly IPersistentState<CounterState> _state;
    private readonly GrainLifecycleProbe _probe;
    private bool _dirty;

    public ShortLivedGrain([PersistentState(StateName)] IPersistentState<CounterState> state, GrainLifecycleProbe probe)
    {
        _state = state;
        _probe = probe;
        probe.Constructed(GetPrimaryKeyString());
    }

    public Task Add(int amount)
    {
        _state.State.Value += amount;
        _dirty = true;
        return Task.CompletedTask;
    }

    public Task<int> Get() => Task.FromResult(_state.State.Value);

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await _state.WriteStateAsync();
        }

        // Signalled after the write, so a test that awaits this can read storage right away.
        _probe.Deactivated(GetPrimaryKeyString(), reason);
    }
}

public interface ILongLivedGrain : IGrainWithStringKey
{
    Task Ping();
}

/// <summary>Its class limit is far above any options value a test sets.</summary>
[CollectionAgeLimit(Minutes = 10)]
public sealed class LongLivedGrain(GrainLifecycleProbe probe) : Grain, ILongLivedGrain
{
    public Task Ping() => Task.CompletedTask;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }
}

public interface IDefaultAgeGrain : IGrainWithStringKey
{
    Task Ping();
}

/// <summary>No class limit: SiloOptions.CollectionAge applies.</summary>
public sealed class DefaultAgeGrain(GrainLifecycleProbe probe) : Grain, IDefaultAgeGrain
{
    public Task Ping() => Task.CompletedTask;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }
}
