namespace KpiActors.Domain;

/// <summary>
/// Which of two versions of a fact stands. Events of one dossier may arrive out of order, so a dossier
/// never goes back to an earlier stage of its life (received, then in progress or returned, then ended);
/// within a stage the version that arrived last stands, which is how a sender corrects a date.
/// </summary>
public static class FactVersions
{
    public static bool Supersedes(IFact incoming, IFact? stored) =>
        stored is not DossierFact previous || incoming is not DossierFact next || Stage(next.Status) >= Stage(previous.Status);

    private static int Stage(DossierStatus status) => status switch
    {
        DossierStatus.Received => 0,
        DossierStatus.InProgress or DossierStatus.Returned => 1,
        _ => 2,
    };
}
