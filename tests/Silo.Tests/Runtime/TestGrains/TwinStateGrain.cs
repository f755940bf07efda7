using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface ITwinStateGrain : IGrainWithStringKey
{
    Task WriteFirst(int value);

    Task WriteSecond(int value);
}

/// <summary>
/// Two state objects over one stored record: the in-process stand-in for two activations of one grain,
/// each holding the ETag of its own read.
/// </summary>
public sealed class TwinStateGrain(
    [PersistentState(TwinStateGrain.StateName)] IPersistentState<CounterState> first,
    [PersistentState(TwinStateGrain.StateName)] IPersistentState<CounterState> second) : Grain, ITwinStateGrain
{
    public const string StateName = "shared";

    public Task WriteFirst(int value)
    {
        first.State.Value = value;
        return first.WriteStateAsync();
    }

    public Task WriteSecond(int value)
    {
        second.State.Value = value;
        return second.WriteStateAsync();
    }
}
