using KpiActors.Domain;

namespace KpiActors.TestSupport;

/// <summary>Versions of one dossier as its one-stop office sends them over its life.</summary>
public static class Dossiers
{
    public static DossierFact Received(
        string province, string id, DateTimeOffset receivedAt, DateTimeOffset dueAt, Channel channel = Channel.InPerson) =>
        new(province, id, AdministrativeLevel.Commune, channel, "1.001234", receivedAt, dueAt, null, DossierStatus.Received);

    public static DossierFact InProgress(this DossierFact dossier) =>
        dossier with { Status = DossierStatus.InProgress, ResolvedAt = null };

    public static DossierFact ResolvedAt(this DossierFact dossier, DateTimeOffset resolvedAt) =>
        dossier with { Status = DossierStatus.Resolved, ResolvedAt = resolvedAt };

    public static DossierFact ReturnedAt(this DossierFact dossier, DateTimeOffset returnedAt) =>
        dossier with { Status = DossierStatus.Returned, ResolvedAt = returnedAt };

    public static DossierFact WithdrawnAt(this DossierFact dossier, DateTimeOffset withdrawnAt) =>
        dossier with { Status = DossierStatus.Withdrawn, ResolvedAt = withdrawnAt };

    public static DossierFact RefusedAt(this DossierFact dossier, DateTimeOffset refusedAt) =>
        dossier with { Status = DossierStatus.Refused, ResolvedAt = refusedAt };
}
