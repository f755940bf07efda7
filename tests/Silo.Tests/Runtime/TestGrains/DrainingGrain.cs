using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface IDrainingGrain : IGrainWithStringKey
{
    /// <summary>Slow on purpose, so that calls are still queued when the silo is told to stop.</summary>
    Task Add(int amount);

    Task<int> Get();

    /// <summary>A turn that ends only when the test opens the silo's <see cref="TurnGate"/>.</summary>
    Task WaitAtGate();
}

/// <summary>Keeps its total in memory and writes it only when the activation ends.</summary>
public sealed class DrainingGrain : Grain, IDrainingGrain
{
    public const string StateName = "total";

    private readonly IPersistentState<CounterState> _state;
    private readonly GrainLifecycleProbe _probe;
    private readonly TurnGate _gate;
    private bool _dirty;

    public DrainingGrain([PersistentState(StateName)] IPersistentState<CounterState> state, GrainLifecycleProbe probe, TurnGate gate)
    {
        _state = state;
        _probe = probe;
        _gate = gate;
    }

    public async Task Add(int amount)
    {
        var read = _state.State.Value;
        await Task.Delay(1);
        _state.State.Value = read + amount;
        _dirty = true;
    }

    public Task<int> Get() => Task.FromResult(_state.State.Value);

    public Task WaitAtGate() => _gate.WhenOpen;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await _state.WriteStateAsync();
        }

        _probe.Deactivated(GetPrimaryKeyString(), reason);
    }
}
