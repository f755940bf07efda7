using System.Diagnostics;
using KpiActors.Actors;
using KpiActors.Silo.Runtime;
using KpiActors.Silo.Tests.Runtime.TestGrains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace KpiActors.Silo.Tests.Runtime;

[Collection(TimingSensitive.Name)]
public sealed class IdleCollectionTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ShortLivedAge = TimeSpan.FromSeconds(0.3);

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AnIdleActivationIsCollectedAfterItsClassAgeAndWritesItsStateFirst()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);
        var grain = silo.Grains.GetGrain<IShortLivedGrain>("idle");
        var id = new GrainStateId(nameof(ShortLivedGrain), "idle", ShortLivedGrain.StateName);

        // Taken before the call: the silo's idle clock starts no earlier than this.
        var lastCall = Stopwatch.GetTimestamp();
        await grain.Add(5);
        Assert.Null(await silo.Storage.ReadAsync(id));

        var deactivation = await silo.Probe.DeactivationOf("idle").WaitAsync(Timeout);

        Assert.Equal(DeactivationReason.IdleCollection, deactivation.Reason);
        // The silo's idle clock is the coarse tick count, a few milliseconds per step; hence the slack.
        Assert.True(
            Stopwatch.GetElapsedTime(lastCall, deactivation.Timestamp) >= ShortLivedAge - TimeSpan.FromMilliseconds(10),
            $"collected after {Stopwatch.GetElapsedTime(lastCall, deactivation.Timestamp).TotalMilliseconds} ms");
        Assert.Equal("""{"value":5}""", (await silo.Storage.ReadAsync(id))!.Payload);

        Assert.Equal(5, await grain.Get());
        Assert.Equal(2, silo.Probe.ConstructionsOf("idle"));
    }

    [Fact]
    public async Task AnActivationCalledMoreOftenThanItsAgeIsNotCollected()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);
        var grain = silo.Grains.GetGrain<IShortLivedGrain>("busy");

        // Four collection ages of calls, one every tenth of the age.
        var busyUntil = Stopwatch.GetTimestamp() + (long)(4 * ShortLivedAge.TotalSeconds * Stopwatch.Frequency);
        var calls = 0;
        while (Stopwatch.GetTimestamp() < busyUntil)
        {
            await grain.Add(1);
            calls++;
            await Task.Delay(ShortLivedAge / 10);
        }

        Assert.False(silo.Probe.WasDeactivated("busy"));
        Assert.Equal(1, silo.Probe.ConstructionsOf("busy"));
        Assert.Equal(calls, await grain.Get());

        // Left alone it is collected: the collector was running all along.
        Assert.Equal(DeactivationReason.IdleCollection, (await silo.Probe.DeactivationOf("busy").WaitAsync(Timeout)).Reason);
    }

    [Fact]
    public async Task OptionsCollectionAgeAppliesToClassesWithoutTheirOwnLimit()
    {
        await using var silo = await TestSilo.StartAsync(_database, output, options => options.CollectionAge = TimeSpan.FromMilliseconds(200));

        await silo.Grains.GetGrain<ILongLivedGrain>("attributed").Ping();
        await silo.Grains.GetGrain<IDefaultAgeGrain>("unattributed").Ping();

        Assert.Equal(DeactivationReason.IdleCollection, (await silo.Probe.DeactivationOf("unattributed").WaitAsync(Timeout)).Reason);

        // The attributed grain has idled longer than the other by now; a few more sweeps must still spare it.
        await Task.Delay(TestSilo.CollectionQuantum * 6);
        Assert.False(silo.Probe.WasDeactivated("attributed"));
        Assert.Equal(1, silo.Runtime.ActivationCount);
    }

    [Fact]
    public void TheDefaultCollectionAgeIsFifteenMinutes()
    {
        var options = new ServiceCollection()
            .AddSilo(null, typeof(CounterGrain).Assembly)
            .BuildServiceProvider()
            .GetRequiredService<IOptions<SiloOptions>>()
            .Value;

        Assert.Equal(TimeSpan.FromMinutes(15), options.CollectionAge);
        Assert.Equal(TimeSpan.FromSeconds(150), new CollectionAgeLimitAttribute { Minutes = 2, Seconds = 30 }.Amount);
    }

    [Fact]
    public async Task ATimerDoesNotKeepAnIdleActivationAlive()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);

        await silo.Grains.GetGrain<IIdleTimerGrain>("ticking").Ping();
        var deactivation = await silo.Probe.DeactivationOf("ticking").WaitAsync(Timeout);

        Assert.Equal(DeactivationReason.IdleCollection, deactivation.Reason);
        // 0.3 s of idling at one tick per 20 ms: the timer really was ticking while the grain sat idle.
        var ticksWhileAlive = silo.Ticks.Of("ticking").Count;
        Assert.True(ticksWhileAlive >= 5, $"only {ticksWhileAlive} ticks");

        // And it stopped with the activation.
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        Assert.Equal(ticksWhileAlive, silo.Ticks.Of("ticking").Count);
    }
}
