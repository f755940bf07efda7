using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Targets;

/// <summary>A province's own targets, replacing the legal defaults (<see cref="SqlTargetStore"/>).</summary>
public static class TargetsSchema
{
    public static SchemaPart Part { get; } = new("targets",
    [
        new(1, "province targets", db => $"""
            CREATE TABLE targets (
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                value {db.Double} NOT NULL,
                deadline TEXT NULL,
                source TEXT NOT NULL,
                set_by TEXT NOT NULL,
                set_at {db.Timestamp} NOT NULL,
                PRIMARY KEY (province, indicator)
            );
            """),
    ], StepsInSchema9: 1);
}
