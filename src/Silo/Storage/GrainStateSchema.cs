namespace KpiActors.Silo.Storage;

/// <summary>The grains' persistent state (<see cref="SqlGrainStorage"/>): one row per grain and state, guarded by its version.</summary>
public static class GrainStateSchema
{
    public static SchemaPart Part { get; } = new("grain-state",
    [
        new(1, "grain state", db => $"""
            CREATE TABLE grain_state (
                grain_type TEXT NOT NULL,
                grain_key TEXT NOT NULL,
                state_name TEXT NOT NULL,
                payload TEXT NOT NULL,
                version BIGINT NOT NULL,
                updated_at {db.Timestamp} NOT NULL,
                PRIMARY KEY (grain_type, grain_key, state_name)
            );
            """),
    ], StepsInSchema9: 1);
}
