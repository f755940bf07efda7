namespace KpiActors.Cluster.Tests;

/// <summary>How a dossier stands in one of its events: still open, or ended (resolved on time, resolved late, withdrawn).</summary>
public enum DossierStage
{
    Received,
    InProgress,
    ResolvedOnTime,
    ResolvedLate,
    Withdrawn,
}
