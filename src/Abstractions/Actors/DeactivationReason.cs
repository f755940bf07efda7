namespace KpiActors.Actors;

public enum DeactivationReason
{
    /// <summary>No call arrived for longer than the grain type's collection age.</summary>
    IdleCollection,

    /// <summary>The grain asked for it with DeactivateOnIdle.</summary>
    Requested,

    /// <summary>The silo is stopping; every queued call was delivered first.</summary>
    Shutdown,
}
