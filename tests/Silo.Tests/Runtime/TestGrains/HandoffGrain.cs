using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface IHandoffGrain : IGrainWithStringKey
{
    /// <summary>Changes the state in memory only; the activation writes it when it ends.</summary>
    Task Add(int amount);

    Task<int> Get();

    Task Deactivate();
}

/// <summary>Its last turn signals that it has begun, then waits at the silo's <see cref="TurnGate"/> before writing.</summary>
public sealed class HandoffGrain : Grain, IHandoffGrain
{
    public const string StateName = "total";

    private readonly IPersistentState<CounterState> _state;
    private readonly GrainLifecycleProbe _probe;
    private readonly TurnGate _gate;

    public HandoffGrain([PersistentState(StateName)] IPersistentState<CounterState> state, GrainLifecycleProbe probe, TurnGate gate)
    {
        _state = state;
        _probe = probe;
        _gate = gate;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _probe.Activated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task Add(int amount)
    {
        _state.State.Value += amount;
        return Task.CompletedTask;
    }

    public Task<int> Get() => Task.FromResult(_state.State.Value);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _probe.Deactivated(GetPrimaryKeyString(), reason);
        await _gate.WhenOpen;
        await _state.WriteStateAsync();
    }
}
