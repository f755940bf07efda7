namespace KpiActors.Grains;

/// <summary>Where an alert is in its life, as operators of Grafana's alerting know it.</summary>
public enum AlertState
{
    /// <summary>Behind, not yet for the pending period: shown, never sent.</summary>
    Pending,

    /// <summary>Behind for the pending period: sent once. Leaving "behind" starts the keep-firing period (<see cref="Alert.ClearSince"/>).</summary>
    Firing,

    /// <summary>Out of "behind" for the keep-firing period, or its period ended: sent once, after its firing was.</summary>
    Resolved,

    /// <summary>A pending alert whose province left "behind" before it fired: it is dropped, and boards remove it.</summary>
    Normal,
}
