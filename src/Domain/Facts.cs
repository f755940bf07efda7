namespace KpiActors.Domain;

/// <summary>An input with a natural key: storing a new version replaces the old one exactly.</summary>
public interface IFact
{
    /// <summary>The current province code; legacy codes are resolved before a fact is built.</summary>
    string Province { get; }
}

/// <summary>A dossier's latest known state. Key: (province, dossier id).</summary>
public sealed record DossierFact(
    string Province,
    string DossierId,
    AdministrativeLevel Level,
    Channel Channel,
    string? ProcedureCode,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ResolvedAt,
    DossierStatus Status) : IFact;

/// <summary>Documents exchanged in one month. Key: (province, agency, level, direction, month).</summary>
public sealed record EDocCountFact(
    string Province,
    string Agency,
    AdministrativeLevel Level,
    Direction Direction,
    ReportingPeriod Month,
    long Electronic,
    long Total) : IFact;

/// <summary>One procedure of a province's catalogue. Key: (province, code).</summary>
public sealed record ProcedureFact(string Province, string Code, string Name, int OnlineLevel) : IFact;
