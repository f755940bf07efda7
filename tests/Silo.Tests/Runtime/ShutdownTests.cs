using KpiActors.Actors;
using KpiActors.Silo.Runtime;
using KpiActors.Silo.Tests.Runtime.TestGrains;
using Xunit.Abstractions;

namespace KpiActors.Silo.Tests.Runtime;

public sealed class ShutdownTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task StoppingTheHostDeliversEveryQueuedCallAndWritesEveryDirtyState()
    {
        const int keys = 20;
        const int callsPerKey = 100;
        var expected = new int[keys];
        var calls = new List<Task>();

        await using (var silo = await TestSilo.StartAsync(_database, output))
        {
            for (var i = 0; i < keys * callsPerKey; i++)
            {
                var amount = i % 7 + 1;
                expected[i % keys] += amount;
                calls.Add(silo.Grains.GetGrain<IDrainingGrain>($"drain-{i % keys}").Add(amount));
            }

            // Each call takes a millisecond or more: calls are still queued when the stop begins.
            Assert.Contains(calls, call => !call.IsCompleted);
            await silo.StopAsync();

            Assert.All(calls, call => Assert.True(call.IsCompletedSuccessfully));
            for (var key = 0; key < keys; key++)
            {
                var deactivation = silo.Probe.DeactivationOf($"drain-{key}");
                Assert.True(deactivation.IsCompletedSuccessfully);
                Assert.Equal(DeactivationReason.Shutdown, (await deactivation).Reason);
            }
        }

        await using var restarted = await TestSilo.StartAsync(_database, output);
        for (var key = 0; key < keys; key++)
        {
            Assert.Equal(expected[key], await restarted.Grains.GetGrain<IDrainingGrain>($"drain-{key}").Get());
        }
    }

    [Fact]
    public async Task DuringShutdownAnActiveGrainStillTakesCallsButNoGrainIsActivated()
    {
        await using (var silo = await TestSilo.StartAsync(_database, output))
        {
            var grain = silo.Grains.GetGrain<IDrainingGrain>("late");
            var held = grain.WaitAtGate();
            var queued = Enumerable.Range(0, 100).Select(_ => grain.Add(1)).ToArray();
            var stopping = silo.StopAsync();

            // Once a new activation is refused the silo has asked every activation to end; the gate keeps this
            // grain from draining meanwhile, so the next call lands behind that request in its mailbox.
            SiloUnavailableException? refused = null;
            for (var probe = 0; refused is null; probe++)
            {
                try
                {
                    await silo.Grains.GetGrain<ICounterGrain>($"probe-{probe}").Get();
                }
                catch (SiloUnavailableException e)
                {
                    refused = e;
                }
            }

            var late = grain.Add(1_000);
            silo.Gate.Open();
            await stopping;

            Assert.StartsWith("The silo is shutting down;", refused.Message);
            Assert.True(held.IsCompletedSuccessfully);
            Assert.True(late.IsCompletedSuccessfully);
            Assert.All(queued, call => Assert.True(call.IsCompletedSuccessfully));
        }

        await using var restarted = await TestSilo.StartAsync(_database, output);
        Assert.Equal(1_100, await restarted.Grains.GetGrain<IDrainingGrain>("late").Get());
    }
}
