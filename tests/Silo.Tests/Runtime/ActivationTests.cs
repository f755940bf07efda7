using System.Diagnostics;
using KpiActors.Actors;
using KpiActors.Silo.Tests.Runtime.TestGrains;
using Xunit.Abstractions;

namespace KpiActors.Silo.Tests.Runtime;

public sealed class ActivationTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task GetGrainCreatesNoActivationUntilTheFirstCall()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);

        var counter = silo.Grains.GetGrain<ICounterGrain>("lazy");

        Assert.Equal(0, silo.Runtime.ActivationCount);
        Assert.Equal(0, silo.Probe.ConstructionsOf("lazy"));

        await counter.Increment();

        Assert.Equal(1, silo.Runtime.ActivationCount);
        Assert.Equal(1, silo.Probe.ConstructionsOf("lazy"));
    }

    [Fact]
    public async Task TenThousandConcurrentCallsOverHundredKeysLeaveEveryCounterExact()
    {
        const int keys = 100;
        const int callsPerKey = 100;
        await using var silo = await TestSilo.StartAsync(_database, output);
        var calls = new Task[keys * callsPerKey];

        var racers = Math.Clamp(Environment.ProcessorCount, 2, 8);
        using var start = new Barrier(racers);
        var stopwatch = Stopwatch.StartNew();
        // Calls come from several threads at once, each through a fresh reference. The threads meet at a
        // barrier before every key's first calls, so that those calls race each other into the activation
        // directory; the rest of the calls pile onto the mailboxes from all threads.
        var threads = Enumerable.Range(0, racers).Select(racer => new Thread(() =>
        {
            for (var key = 0; key < keys; key++)
            {
                start.SignalAndWait();
                calls[key * racers + racer] = silo.Grains.GetGrain<ICounterGrain>($"counter-{key}").Increment();
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        var firstCalls = stopwatch.Elapsed;
        Parallel.For(keys * racers, calls.Length, i => calls[i] = silo.Grains.GetGrain<ICounterGrain>($"counter-{i % keys}").Increment());
        await Task.WhenAll(calls);
        stopwatch.Stop();
        output.WriteLine($"{calls.Length} calls in {stopwatch.ElapsedMilliseconds} ms: {calls.Length / stopwatch.Elapsed.TotalSeconds:F0} calls/s");
        output.WriteLine($"of which the {keys * racers} racing first calls took {firstCalls.TotalMilliseconds:F0} ms; the other {calls.Length - keys * racers}: {(calls.Length - keys * racers) / (stopwatch.Elapsed - firstCalls).TotalSeconds:F0} calls/s");

        for (var key = 0; key < keys; key++)
        {
            Assert.Equal(callsPerKey, await silo.Grains.GetGrain<ICounterGrain>($"counter-{key}").Get());
            Assert.Equal(1, silo.Probe.ConstructionsOf($"counter-{key}"));
        }

        Assert.Equal(keys, silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task ACallDuringDeactivationWaitsForTheOldActivationToFinishWritingItsState()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);
        var grain = silo.Grains.GetGrain<IHandoffGrain>("handoff");
        await grain.Add(5);
        await grain.Deactivate();
        Assert.Equal(DeactivationReason.Requested, (await silo.Probe.DeactivationOf("handoff").WaitAsync(Timeout)).Reason);

        // The old activation is still writing (held at the gate). A second activation now would read the
        // stale stored state and answer 0.
        var next = grain.Get();
        await Assert.ThrowsAsync<TimeoutException>(() => next.WaitAsync(TimeSpan.FromMilliseconds(200)));
        Assert.Equal(1, silo.Probe.ActivationsOf("handoff"));

        silo.Gate.Open();
        Assert.Equal(5, await next.WaitAsync(Timeout));
        Assert.Equal(2, silo.Probe.ActivationsOf("handoff"));
    }
}
