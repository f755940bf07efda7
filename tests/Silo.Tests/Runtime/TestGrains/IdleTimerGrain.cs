using System.Diagnostics;
using KpiActors.Actors;

namespace KpiActors.Silo.Tests.Runtime.TestGrains;

public interface IIdleTimerGrain : IGrainWithStringKey
{
    Task Ping();
}

/// <summary>Ticks every 20 ms for as long as it lives, but its collection age is 0.3 s.</summary>
[CollectionAgeLimit(Seconds = 0.3)]
public sealed class IdleTimerGrain(TickLog ticks, GrainLifecycleProbe probe) : Grain, IIdleTimerGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        RegisterGrainTimer(
            _ =>
            {
                var now = Stopwatch.GetTimestamp();
                ticks.Record(GetPrimaryKeyString(), now, now);
                return Task.CompletedTask;
            },
            TimeSpan.Zero,
            TimeSpan.FromMilliseconds(20));
        return Task.CompletedTask;
    }

    public Task Ping() => Task.CompletedTask;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }
}
