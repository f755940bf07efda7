using KpiActors.Silo.Storage;

namespace KpiActors.Api.Ingest;

/// <summary>
/// Where a dossier belongs when its sender does not say (<see cref="SqlProvinceMappings"/>): an agency code (the portal's
/// madonvi) or a prefix of its dossier id, mapped to a province by an admin; kind is "agency" or "prefix".
/// </summary>
public static class ProvinceMappingsSchema
{
    public static SchemaPart Part { get; } = new("province-mappings",
    [
        new(1, "province mappings for portal and spreadsheet dossiers", _ => """
            CREATE TABLE province_mappings (
                kind TEXT NOT NULL,
                code TEXT NOT NULL,
                province TEXT NOT NULL,
                PRIMARY KEY (kind, code)
            );
            """),
    ], StepsInSchema9: 1);
}
