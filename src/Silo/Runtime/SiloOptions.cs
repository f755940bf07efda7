namespace KpiActors.Silo.Runtime;

public sealed class SiloOptions
{
    /// <summary>How long an activation may idle before collection, unless its class says otherwise.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the collector looks for idle activations.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long shutdown waits for mailboxes to drain and state to be written.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
