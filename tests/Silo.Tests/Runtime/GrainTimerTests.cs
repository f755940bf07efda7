using System.Diagnostics;
using KpiActors.Silo.Tests.Runtime.TestGrains;
using Xunit.Abstractions;

namespace KpiActors.Silo.Tests.Runtime;

[Collection(TimingSensitive.Name)]
public sealed class GrainTimerTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    // Task.Delay runs on the runtime's tick count, which on Linux is a coarse clock (a few ms per step),
    // so by the Stopwatch a delay may end a few milliseconds early.
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(10);

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TheTimerPeriodCountsFromTheEndOfThePreviousTick()
    {
        var tick = TimeSpan.FromMilliseconds(200);
        var period = TimeSpan.FromMilliseconds(100);
        await using var silo = await TestSilo.StartAsync(_database, output);
        var grain = silo.Grains.GetGrain<ITimerGrain>("slow-ticks");

        await grain.StartTimer(tick, period);
        await silo.Ticks.WhenCount("slow-ticks", 4).WaitAsync(Timeout);
        await grain.StopTimer();

        var ticks = silo.Ticks.Of("slow-ticks");
        for (var i = 1; i < ticks.Count; i++)
        {
            var startToStart = Stopwatch.GetElapsedTime(ticks[i - 1].Start, ticks[i].Start);
            var endToStart = Stopwatch.GetElapsedTime(ticks[i - 1].End, ticks[i].Start);
            output.WriteLine($"tick {i}: {startToStart.TotalMilliseconds:F1} ms after the previous start, {endToStart.TotalMilliseconds:F1} ms after its end");

            // Counted from the start, the gap would be the tick's 200 ms; from the end it is 300 ms or more (two
            // delays, each possibly a little early).
            Assert.True(startToStart >= tick + period - 2 * ClockSlack, $"tick {i} started {startToStart.TotalMilliseconds} ms after the previous start");
            Assert.True(endToStart >= period - ClockSlack, $"tick {i} started {endToStart.TotalMilliseconds} ms after the previous end");
        }

        Assert.Equal(0, await grain.Overlaps());
    }

    [Fact]
    public async Task TimerTicksNeverOverlapEachOtherOrCalls()
    {
        await using var silo = await TestSilo.StartAsync(_database, output);
        var grain = silo.Grains.GetGrain<ITimerGrain>("busy-ticks");

        // Ticks longer than the period, so each next tick is due while the previous one still runs.
        await grain.StartTimer(TimeSpan.FromMilliseconds(3), TimeSpan.FromMilliseconds(1));
        var firstCall = Stopwatch.GetTimestamp();
        // Calls go in waves: a tick is queued behind the calls already waiting, so a single burst would
        // let every tick run only after the last call.
        for (var wave = 0; wave < 40; wave++)
        {
            await Task.WhenAll(Enumerable.Range(0, 10).Select(i => grain.Work(wave * 10 + i)));
        }

        var lastCall = Stopwatch.GetTimestamp();
        await grain.StopTimer();

        var ticksAmongCalls = silo.Ticks.Of("busy-ticks").Count(t => t.Start > firstCall && t.End < lastCall);
        Assert.True(ticksAmongCalls >= 10, $"only {ticksAmongCalls} ticks ran while calls were arriving");
        Assert.Equal(0, await grain.Overlaps());
    }
}
