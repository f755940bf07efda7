using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface IStatefulGrain : IGrainWithStringKey
{
    Task Set(int value);

    Task<int> Get();

    /// <summary>The stored value as OnActivateAsync saw it.</summary>
    Task<int> ValueSeenAtActivation();

    Task Deactivate();
}

/// <summary>Its state is written on every Set, and read by the silo before OnActivateAsync.</summary>
public sealed class StatefulGrain : Grain, IStatefulGrain
{
    public const string StateName = "counter";

    private readonly IPersistentState<CounterState> _state;
    private readonly GrainLifecycleProbe _probe;
    private int _valueSeenAtActivation = -1;

    public StatefulGrain([PersistentState(StateName)] IPersistentState<CounterState> state, GrainLifecycleProbe probe)
    {
        _state = state;
        _probe = probe;
        probe.Constructed(GetPrimaryKeyString());
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _valueSeenAtActivation = _state.State.Value;
        _probe.Activated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _probe.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }

    public async Task Set(int value)
    {
        _state.State.Value = value;
        await _state.WriteStateAsync();
    }

    public Task<int> Get() => Task.FromResult(_state.State.Value);

    public Task<int> ValueSeenAtActivation() => Task.FromResult(_valueSeenAtActivation);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
