using Orleans.Runtime;
using Orleans.Storage;

namespace KpiActors.Grains.Tests.Support;

/// <summary>The silo's grain storage until its <see cref="CrashSwitch"/> is thrown; after that, as if its process were gone.</summary>
public sealed class CrashableGrainStorage(IGrainStorage storage, CrashSwitch life) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Alive().ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Alive().WriteStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Alive().ClearStateAsync(stateName, grainId, grainState);

    private IGrainStorage Alive() => life.Crashed ? throw new InvalidOperationException("This silo has crashed: nothing it writes reaches the database.") : storage;
}
