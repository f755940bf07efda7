using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface IEtagGrain : IGrainWithStringKey
{
    /// <summary>Writes the value; returns the new ETag.</summary>
    Task<string?> Save(int value);

    Task Reload();
}

public sealed class EtagGrain([PersistentState(EtagGrain.StateName)] IPersistentState<CounterState> state) : Grain, IEtagGrain
{
    public const string StateName = "document";

    public async Task<string?> Save(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
        return state.Etag;
    }

    public Task Reload() => state.ReadStateAsync();
}
