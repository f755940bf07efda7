using KpiActors.Domain;

namespace KpiActors.Benchmarks.Ingest;

/// <summary>A dossier event as POST /api/v1/dossiers takes it (camelCase on the wire).</summary>
public sealed record DossierEvent(
    string Province,
    string DossierId,
    string Level,
    string Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ResolvedAt,
    string Status)
{
    /// <summary>The fact the API makes of it, for the measurements that write without the API.</summary>
    public DossierFact ToFact() => new(
        Province, DossierId, EnumText<AdministrativeLevel>.Parse(Level), EnumText<KpiActors.Domain.Channel>.Parse(Channel), null,
        ReceivedAt, DueAt, ResolvedAt, EnumText<DossierStatus>.Parse(Status));
}
