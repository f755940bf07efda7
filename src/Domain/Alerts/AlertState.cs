namespace KpiActors.Domain;

/// <summary>Where an alert is in its life, in the states operators of Grafana's alerting know.</summary>
public enum AlertState
{
    /// <summary>Nothing to say: no episode, or a pending one dropped because the figure left "behind" before it fired.</summary>
    Normal,

    /// <summary>Behind, not yet for <see cref="AlertRules.PendingFor"/>: shown on the board, never sent.</summary>
    Pending,

    /// <summary>Behind for the pending period: sent once.</summary>
    Firing,

    /// <summary>Fired, then out of "behind", not yet for <see cref="AlertRules.KeepFiringFor"/>: still firing to its subscribers.</summary>
    Recovering,

    /// <summary>Out of "behind" for the keep-firing period, or its period ended, or its feed came back: sent once, after its firing.</summary>
    Resolved,

    /// <summary>The feed has sent no fact for <see cref="AlertRules.NoDataFor"/>: sent once; resolved by the next fact.</summary>
    NoData,
}
