using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task Increment();

    Task<int> Get();
}

/// <summary>
/// An in-memory counter whose increment yields between its read and its write: two turns interleaved,
/// or two activations of one key, lose increments.
/// </summary>
public sealed class CounterGrain : Grain, ICounterGrain
{
    private int _count;

    public CounterGrain(GrainLifecycleProbe probe) => probe.Constructed(GetPrimaryKeyString());

    public async Task Increment()
    {
        var read = _count;
        await Task.Yield();
        _count = read + 1;
    }

    public Task<int> Get() => Task.FromResult(_count);
}
