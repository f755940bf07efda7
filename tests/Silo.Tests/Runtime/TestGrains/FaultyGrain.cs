using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface IFaultyGrain : IGrainWithStringKey
{
    Task Increment();

    Task<int> Count();

    Task<Guid> InstanceId();

    /// <summary>Throws after an await: the exception travels in the returned task.</summary>
    Task FailAfterAwait(string message);

    /// <summary>Throws before returning a task at all.</summary>
    Task<int> FailImmediately(string message);

    ValueTask<int> FailInValueTask(string message);
}

public sealed class FaultyGrain : Grain, IFaultyGrain
{
    private readonly Guid _instanceId = Guid.NewGuid();
    private int _count;

    public FaultyGrain(GrainLifecycleProbe probe) => probe.Constructed(GetPrimaryKeyString());

    public async Task Increment()
    {
        var read = _count;
        await Task.Yield();
        _count = read + 1;
    }

    public Task<int> Count() => Task.FromResult(_count);

    public Task<Guid> InstanceId() => Task.FromResult(_instanceId);

    public async Task FailAfterAwait(string message)
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    }

    public Task<int> FailImmediately(string message) => throw new ArgumentException(message);

    public async ValueTask<int> FailInValueTask(string message)
    {
        await Task.Yield();
        throw new TimeoutException(message);
    }
}
