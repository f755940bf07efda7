using KpiActors.Silo.Storage;

namespace KpiActors.Api.Reports;

/// <summary>
/// Reports issued when their period closed, kept as written (<see cref="SqlIssuedReportStore"/>): a correction to the facts
/// later changes today's report, never these. One per scope, period and cut-off; the key makes a second node's issuing of
/// the same report a no-op.
/// </summary>
public static class ReportsSchema
{
    public static SchemaPart Part { get; } = new("reports",
    [
        new(1, "issued reports", db => $"""
            CREATE TABLE issued_reports (
                id {db.AutoIncrementKey},
                scope TEXT NOT NULL,
                period TEXT NOT NULL,
                cutoff TEXT NOT NULL,
                issued_at {db.Timestamp} NOT NULL,
                fingerprint TEXT NOT NULL,
                html TEXT NOT NULL,
                docx {(db.Provider == StorageProvider.Postgres ? "BYTEA" : "BLOB")} NOT NULL,
                xlsx {(db.Provider == StorageProvider.Postgres ? "BYTEA" : "BLOB")} NOT NULL,
                UNIQUE (scope, period, cutoff)
            );
            """),
    ], StepsInSchema9: 1);
}
