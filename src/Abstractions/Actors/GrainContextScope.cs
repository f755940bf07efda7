namespace KpiActors.Actors;

/// <summary>Carries the activation's context to the grain's constructor, which the silo runs synchronously.</summary>
internal static class GrainContextScope
{
    [ThreadStatic]
    internal static IGrainContext? Current;
}
