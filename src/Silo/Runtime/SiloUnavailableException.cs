namespace KpiActors.Silo.Runtime;

/// <summary>The silo is shutting down and takes no call that would need a new activation.</summary>
public sealed class SiloUnavailableException(string message) : Exception(message);
