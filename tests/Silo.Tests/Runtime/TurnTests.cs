using KpiActors.Silo.Tests.Runtime.TestGrains;
using Xunit.Abstractions;

namespace KpiActors.Silo.Tests.Runtime;

public sealed class TurnTests(ITestOutputHelper output) : IDisposable
{
    // A runtime that let a failing call break its activation would leave the later calls hanging.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TheOverlapDetectorCountsATurnThatStartsWhileAnotherIsInside()
    {
        // The control for the next test: without a runtime in between, two turns do overlap and are seen to.
        var detector = new OverlapDetector();
        var release = new TaskCompletionSource();

        var first = detector.RunAsync(() => release.Task);
        var second = detector.RunAsync(() => release.Task);
        release.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(1, detector.Overlaps);
        Assert.Equal(2, detector.Turns);
    }

    [Fact]
    public async Task ConcurrentCallsToOneActivationNeverInterleave()
    {
        const int calls = 2_000;
        await using var silo = await TestSilo.StartAsync(_database, output);

        var pending = new Task[calls];
        Parallel.For(0, calls, i => pending[i] = silo.Grains.GetGrain<IOverlapGrain>("single").Enter(i));
        await Task.WhenAll(pending);

        var grain = silo.Grains.GetGrain<IOverlapGrain>("single");
        Assert.Equal(calls, await grain.Turns());
        Assert.Equal(0, await grain.Overlaps());
    }

    [Fact]
    public async Task AnExceptionFailsOnlyItsOwnCallAndTheActivationKeepsServing()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);
        var grain = silo.Grains.GetGrain<IFaultyGrain>("faulty");
        var instance = await grain.InstanceId();

        // Failing calls are queued between increments, so the increments after them run in the same activation.
        var before = Enumerable.Range(0, 50).Select(_ => grain.Increment()).ToArray();
        var afterAwait = grain.FailAfterAwait("after await");
        var immediately = grain.FailImmediately("immediately");
        var inValueTask = grain.FailInValueTask("in value task").AsTask();
        var after = Enumerable.Range(0, 50).Select(_ => grain.Increment()).ToArray();

        Assert.Equal("after await", (await Assert.ThrowsAsync<InvalidOperationException>(() => afterAwait.WaitAsync(Timeout))).Message);
        Assert.Equal("immediately", (await Assert.ThrowsAsync<ArgumentException>(() => immediately.WaitAsync(Timeout))).Message);
        Assert.Equal("in value task", (await Assert.ThrowsAsync<TimeoutException>(() => inValueTask.WaitAsync(Timeout))).Message);
        await Task.WhenAll(before.Concat(after)).WaitAsync(Timeout);

        Assert.Equal(100, await grain.Count().WaitAsync(Timeout));
        Assert.Equal(instance, await grain.InstanceId().WaitAsync(Timeout));
        Assert.Equal(1, silo.Probe.ConstructionsOf("faulty"));
    }
}
