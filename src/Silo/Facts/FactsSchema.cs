using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Facts;

/// <summary>
/// The facts (dossiers, e-document counts, procedure catalogues), the delta log their changes yield, and the ledger that
/// continues each grain's gap-free sequence under its province's one writer (<see cref="SqlFactStore"/>).
/// </summary>
public static class FactsSchema
{
    public static SchemaPart Part { get; } = new("facts",
    [
        // The log is keyed by each grain's own sequence, so that a grain's replay is one range of the key; a restart sums a
        // grain's log per bucket and Vietnamese day, which is stored with each row (the same for all rows of a commit, so
        // written for free). PostgreSQL keeps rows in commit order, every grain's interleaved: its key also carries the
        // columns the replay reads, making the replay an index-only scan of one contiguous range. SQLite stores the log in
        // key order (WITHOUT ROWID). Figures in docs/benchmarks.md.
        new(1, "facts, delta log, ledger", db => $"""
            CREATE TABLE dossiers (
                province TEXT NOT NULL,
                dossier_id TEXT NOT NULL,
                level TEXT NOT NULL,
                channel TEXT NOT NULL,
                procedure_code TEXT NULL,
                received_at {db.Timestamp} NOT NULL,
                due_at {db.Timestamp} NOT NULL,
                resolved_at {db.Timestamp} NULL,
                status TEXT NOT NULL,
                updated_at {db.Timestamp} NOT NULL,
                PRIMARY KEY (province, dossier_id)
            );
            CREATE TABLE edoc_counts (
                province TEXT NOT NULL,
                agency TEXT NOT NULL,
                level TEXT NOT NULL,
                direction TEXT NOT NULL,
                period TEXT NOT NULL,
                electronic BIGINT NOT NULL,
                total BIGINT NOT NULL,
                updated_at {db.Timestamp} NOT NULL,
                PRIMARY KEY (province, agency, level, direction, period)
            );
            CREATE TABLE procedures (
                province TEXT NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                online_level INTEGER NOT NULL,
                updated_at {db.Timestamp} NOT NULL,
                PRIMARY KEY (province, code)
            );
            CREATE TABLE delta_log (
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                sequence BIGINT NOT NULL,
                bucket INTEGER NOT NULL,
                v0 BIGINT NOT NULL,
                v1 BIGINT NOT NULL,
                v2 BIGINT NOT NULL,
                v3 BIGINT NOT NULL,
                v4 BIGINT NOT NULL,
                v5 BIGINT NOT NULL,
                recorded_at {db.Timestamp} NOT NULL,
                day INTEGER NOT NULL,
                {(db.Provider == StorageProvider.Postgres
                    ? "CONSTRAINT delta_log_pkey PRIMARY KEY (province, indicator, sequence) INCLUDE (bucket, day, v0, v1, v2, v3, v4, v5, recorded_at)"
                    : "PRIMARY KEY (province, indicator, sequence)")}
            ){db.ClusteredByKey};
            CREATE TABLE ledger (
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                last_sequence BIGINT NOT NULL,
                PRIMARY KEY (province, indicator)
            );
            """),
    ], StepsInSchema9: 1);
}
