namespace KpiActors.Actors;

/// <summary>A grain timer; disposing it stops further ticks. All timers stop when the activation ends.</summary>
public interface IGrainTimer : IDisposable;
