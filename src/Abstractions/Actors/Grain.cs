namespace KpiActors.Actors;

/// <summary>
/// Base class of every grain. The silo creates grains; the context is handed over through
/// <see cref="GrainContextScope"/> while the constructor runs, as Orleans does with its runtime context.
/// </summary>
public abstract class Grain
{
    protected Grain()
    {
        Context = GrainContextScope.Current
            ?? throw new InvalidOperationException("Grains are created by the silo: use IGrainFactory.GetGrain to reach one.");
    }

    internal IGrainContext Context { get; }

    protected IGrainFactory GrainFactory => Context.GrainFactory;

    public string GetPrimaryKeyString() => Context.PrimaryKey;

    /// <summary>Runs after persistent state is loaded and before the first call is delivered.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs as the last turn of the activation: the place to flush state.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A timer whose callback runs as a turn of this grain: never beside another turn, the period counted
    /// from the end of the previous tick. Ticks do not count as activity, so they never keep a grain alive.
    /// </summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        Context.RegisterTimer(callback, dueTime, period);

    /// <summary>Deactivates this activation once the current turn ends; later calls reach a new activation.</summary>
    protected void DeactivateOnIdle() => Context.DeactivateOnIdle();
}
