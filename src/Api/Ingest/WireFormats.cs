namespace KpiActors.Api.Ingest;

/// <summary>A dossier event as one-stop software sends it (documents the API; rows are read field by field).</summary>
public sealed record DossierEvent(
    string Province,
    string DossierId,
    string Level,
    string Channel,
    string? ProcedureCode,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ResolvedAt,
    string Status);

/// <summary>Documents one agency exchanged in one month, in one direction.</summary>
public sealed record EDocCount(string Province, string Agency, string Level, string Direction, string Period, long Electronic, long Total);

/// <summary>One procedure of a province's catalogue; onlineLevel 2 = not online, 3 = partly, 4 = full online (toàn trình).</summary>
public sealed record ProcedureEntry(string Code, string Name, int OnlineLevel);
