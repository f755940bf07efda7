using KpiActors.Silo.Storage;

namespace KpiActors.Api.Auth;

/// <summary>API keys, stored hashed (<see cref="SqlApiKeyStore"/>).</summary>
public static class KeysSchema
{
    public static SchemaPart Part { get; } = new("keys",
    [
        new(1, "api keys", db => $"""
            CREATE TABLE api_keys (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                key_hash TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL,
                provinces TEXT NOT NULL,
                created_at {db.Timestamp} NOT NULL,
                revoked_at {db.Timestamp} NULL
            );
            """),
    ], StepsInSchema9: 1);
}
