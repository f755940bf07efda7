using System.Diagnostics;
using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task StartTimer(TimeSpan tickDuration, TimeSpan period);

    Task StopTimer();

    /// <summary>A call that stays inside the grain for a while, like a tick does.</summary>
    Task Work(int call);

    /// <summary>Turns (calls and ticks) that started while another turn was running.</summary>
    Task<int> Overlaps();
}

/// <summary>Calls and ticks share one overlap detector, so a tick beside a call or another tick is counted.</summary>
public sealed class TimerGrain(TickLog ticks) : Grain, ITimerGrain
{
    private readonly OverlapDetector _detector = new();
    private IGrainTimer? _timer;

    public Task StartTimer(TimeSpan tickDuration, TimeSpan period)
    {
        _timer = RegisterGrainTimer(
            _ => _detector.RunAsync(async () =>
            {
                var start = Stopwatch.GetTimestamp();
                await Task.Delay(tickDuration);
                ticks.Record(GetPrimaryKeyString(), start, Stopwatch.GetTimestamp());
            }),
            TimeSpan.Zero,
            period);
        return Task.CompletedTask;
    }

    public Task StopTimer()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task Work(int call) => _detector.RunAsync(async () =>
    {
        await Task.Yield();
        if (call % 4 == 0)
        {
            await Task.Delay(1);
        }
    });

    public Task<int> Overlaps() => Task.FromResult(_detector.Overlaps);
}
