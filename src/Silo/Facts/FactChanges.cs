using KpiActors.Domain;

namespace KpiActors.Silo.Facts;

/// <summary>
/// What one commit writes: the final version of every fact it changed (a fact changed twice in the same
/// commit is written once), the procedures it removed, and its deltas in the order they arose. Dossiers
/// the database has never held are apart from those it holds, since new rows need no conflict handling.
/// </summary>
internal sealed record FactChanges(
    IReadOnlyList<DossierFact> NewDossiers,
    IReadOnlyList<DossierFact> ChangedDossiers,
    IReadOnlyList<EDocCountFact> EDocCounts,
    IReadOnlyList<ProcedureFact> Procedures,
    IReadOnlyList<ProcedureFact> RemovedProcedures,
    IReadOnlyList<Delta> Deltas);
