using KpiActors.Silo.Runtime;
using KpiActors.Silo.Tests.Runtime.TestGrains;
using Xunit.Abstractions;

namespace KpiActors.Silo.Tests.Runtime;

public sealed class PersistentStateLoadTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AfterARestartTheFirstTurnAndOnActivateAsyncSeeTheStoredState()
    {
        await using (var first = await TestSilo.StartAsync(_database, output))
        {
            await first.Grains.GetGrain<IStatefulGrain>("restarted").Set(42);
        }

        await using var second = await TestSilo.StartAsync(_database, output);
        var grain = second.Grains.GetGrain<IStatefulGrain>("restarted");

        Assert.Equal(42, await grain.ValueSeenAtActivation());
        Assert.Equal(42, await grain.Get());
    }

    [Fact]
    public async Task ANewActivationLoadsWhatStorageHoldsNotWhatTheOldActivationHad()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);
        var grain = silo.Grains.GetGrain<IStatefulGrain>("reloaded");
        await grain.Set(1);
        await grain.Deactivate();
        await silo.Probe.DeactivationOf("reloaded").WaitAsync(Timeout);

        // Written behind the grain's back: only a fresh read can see 77.
        var id = new GrainStateId(nameof(StatefulGrain), "reloaded", StatefulGrain.StateName);
        var stored = await silo.Storage.ReadAsync(id);
        await silo.Storage.WriteAsync(id, """{"value":77}""", stored!.Etag);

        Assert.Equal(77, await grain.ValueSeenAtActivation());
        Assert.Equal(77, await grain.Get());
        Assert.Equal(2, silo.Probe.ActivationsOf("reloaded"));
    }

    [Fact]
    public async Task AFailedLoadFailsThatCallAndTheNextCallActivatesAgain()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);
        var id = new GrainStateId(nameof(StatefulGrain), "flaky", StatefulGrain.StateName);
        await silo.Storage.WriteAsync(id, """{"value":5}""", null);
        silo.FaultInjection.FailNextReads(id, 1);
        var grain = silo.Grains.GetGrain<IStatefulGrain>("flaky");

        var failure = await Assert.ThrowsAsync<IOException>(() => grain.Get());

        Assert.Equal($"Injected read failure of {id}.", failure.Message);
        Assert.Equal(0, silo.Probe.ActivationsOf("flaky"));
        Assert.Equal(0, silo.Runtime.ActivationCount);

        Assert.Equal(5, await grain.Get());
        Assert.Equal(5, await grain.ValueSeenAtActivation());
        Assert.Equal(1, silo.FaultInjection.FailedReads);
        Assert.Equal(2, silo.Probe.ConstructionsOf("flaky"));
        Assert.Equal(1, silo.Probe.ActivationsOf("flaky"));
    }
}
