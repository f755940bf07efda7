using System.Text.Json.Serialization;

namespace KpiActors.Domain.Wire;

/// <summary>
/// A dossier event as one-stop offices send it to POST /api/v1/dossiers, one row of JSON, NDJSON or CSV: every
/// field as its text on the wire (instants in ISO 8601, a bare date meaning the end of that day in Vietnam). The
/// one declaration of that shape: the API reads these fields, and the simulator, the tests and the benchmarks write them.
/// </summary>
public sealed record DossierEvent(
    [property: JsonPropertyName(DossierEvent.Fields.Province)] string Province,
    [property: JsonPropertyName(DossierEvent.Fields.DossierId)] string DossierId,
    [property: JsonPropertyName(DossierEvent.Fields.ReceivedAt)] string ReceivedAt,
    [property: JsonPropertyName(DossierEvent.Fields.DueAt)] string DueAt,
    [property: JsonPropertyName(DossierEvent.Fields.ResolvedAt)] string? ResolvedAt,
    [property: JsonPropertyName(DossierEvent.Fields.Status)] string Status,
    [property: JsonPropertyName(DossierEvent.Fields.Channel)] string Channel = "online",
    [property: JsonPropertyName(DossierEvent.Fields.Level)] string Level = "commune",
    [property: JsonPropertyName(DossierEvent.Fields.ProcedureCode)] string? ProcedureCode = null)
{
    /// <summary>The field names, in the order of a CSV header.</summary>
    public static IReadOnlyList<string> Header { get; } =
        [Fields.Province, Fields.DossierId, Fields.Level, Fields.Channel, Fields.ProcedureCode, Fields.ReceivedAt, Fields.DueAt, Fields.ResolvedAt, Fields.Status];

    /// <summary>The values, in the order of <see cref="Header"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<string?> Values => [Province, DossierId, Level, Channel, ProcedureCode, ReceivedAt, DueAt, ResolvedAt, Status];

    public static class Fields
    {
        public const string Province = "province";
        public const string DossierId = "dossierId";
        public const string Level = "level";
        public const string Channel = "channel";
        public const string ProcedureCode = "procedureCode";
        public const string ReceivedAt = "receivedAt";
        public const string DueAt = "dueAt";
        public const string ResolvedAt = "resolvedAt";
        public const string Status = "status";
    }
}
