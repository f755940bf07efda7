namespace KpiActors.Actors;

/// <summary>What the runtime gives one activation: its identity, timers and lifecycle controls.</summary>
public interface IGrainContext
{
    string PrimaryKey { get; }

    IGrainFactory GrainFactory { get; }

    IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period);

    void DeactivateOnIdle();
}
