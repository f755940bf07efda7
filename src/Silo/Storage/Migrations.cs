using KpiActors.Silo.Clustering;

namespace KpiActors.Silo.Storage;

/// <summary>The schema, as the ordered steps that build it.</summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
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
        new(2, "facts, delta log, api keys, targets, alerts", db => $"""
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
                sequence {db.AutoIncrementKey},
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                bucket INTEGER NOT NULL,
                v0 BIGINT NOT NULL,
                v1 BIGINT NOT NULL,
                v2 BIGINT NOT NULL,
                v3 BIGINT NOT NULL,
                v4 BIGINT NOT NULL,
                v5 BIGINT NOT NULL,
                recorded_at {db.Timestamp} NOT NULL
            );
            CREATE INDEX delta_log_by_grain ON delta_log (province, indicator, sequence);
            CREATE TABLE api_keys (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                key_hash TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL,
                provinces TEXT NOT NULL,
                created_at {db.Timestamp} NOT NULL,
                revoked_at {db.Timestamp} NULL
            );
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
            CREATE TABLE alerts (
                id {db.AutoIncrementKey},
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                period TEXT NOT NULL,
                kind TEXT NOT NULL,
                value {db.Double} NULL,
                target {db.Double} NOT NULL,
                raised_at {db.Timestamp} NOT NULL,
                acknowledged_by TEXT NULL,
                acknowledged_at {db.Timestamp} NULL
            );
            CREATE INDEX alerts_by_grain ON alerts (province, indicator, period, id);
            """),

        // Several nodes commit at once: one global sequence would have holes a grain could not tell from a commit still
        // on its way. Each grain gets its own gap-free sequence, continued from the ledger row its province's writer
        // locks; the log is keyed by it, so a grain's replay is one range of the key. Snapshots counted the old
        // global sequence and are dropped: grains rebuild them from the log.
        new(3, "per-grain log sequences, province ledger", db => $"""
            CREATE TABLE grain_log (
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
                PRIMARY KEY (province, indicator, sequence)
            ){db.ClusteredByKey};
            INSERT INTO grain_log (province, indicator, sequence, bucket, v0, v1, v2, v3, v4, v5, recorded_at)
            SELECT province, indicator, ROW_NUMBER() OVER (PARTITION BY province, indicator ORDER BY sequence),
                   bucket, v0, v1, v2, v3, v4, v5, recorded_at
            FROM delta_log;
            DROP TABLE delta_log;
            ALTER TABLE grain_log RENAME TO delta_log;
            CREATE TABLE ledger (
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                last_sequence BIGINT NOT NULL,
                PRIMARY KEY (province, indicator)
            );
            INSERT INTO ledger (province, indicator, last_sequence)
            SELECT province, indicator, MAX(sequence) FROM delta_log GROUP BY province, indicator;
            DELETE FROM grain_state;
            """),

        // Orleans' ADO.NET clustering reads its statements from OrleansQuery: on PostgreSQL the nodes form one
        // cluster through these tables. SQLite runs one silo with localhost clustering and needs none.
        new(4, "Orleans cluster membership", db => db.Provider == StorageProvider.Postgres ? ClusterMembershipSchema.Sql : ""),

        // A restart without snapshots sums every grain's whole log, per bucket and Vietnamese day. Each row's day is now
        // stored with it (yyyymmdd, the same for all rows of a commit, so written for free) instead of computed from
        // recorded_at for every row read: in SQLite, date() alone was 40 % of that work. And PostgreSQL's heap keeps rows in
        // commit order, every grain's interleaved, so each grain's rows lay on half the log's pages and 136 grains read a
        // 10-million-delta log 68 times over; its key now carries the columns the replay reads, which makes the replay an
        // index-only scan of one contiguous range. SQLite's log is stored in key order already (WITHOUT ROWID). Figures
        // in docs/benchmarks.md. Migration 3 created PostgreSQL's key on grain_log; a renamed table keeps the name.
        new(5, "delta log: stored day, key covers the replay", db => db.Provider == StorageProvider.Postgres
            ? $"""
              ALTER TABLE delta_log DROP CONSTRAINT grain_log_pkey;
              ALTER TABLE delta_log ADD COLUMN day INTEGER NOT NULL DEFAULT 0;
              UPDATE delta_log SET day = to_char({db.VietnamDayOf("recorded_at")}, 'YYYYMMDD')::integer;
              ALTER TABLE delta_log ALTER COLUMN day DROP DEFAULT;
              ALTER TABLE delta_log ADD CONSTRAINT delta_log_pkey
                  PRIMARY KEY (province, indicator, sequence) INCLUDE (bucket, day, v0, v1, v2, v3, v4, v5, recorded_at);
              """
            : $"""
              ALTER TABLE delta_log ADD COLUMN day INTEGER NOT NULL DEFAULT 0;
              UPDATE delta_log SET day = CAST(strftime('%Y%m%d', {db.VietnamDayOf("recorded_at")}) AS INTEGER);
              """),

        // Reports issued when their period closed, kept as written: a correction to the facts later changes today's report,
        // never these. One per scope, period and cut-off; the key makes a second node's issuing of the same report a no-op.
        new(6, "issued reports", db => $"""
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

        // Alerts become episodes with a state (pending, firing, resolved) instead of one row per change; an episode that
        // ended has its resolution on its own row, and "recovered" rows go. At most one episode of a (province, indicator,
        // period) is open at a time, which the database holds to. Silences keep who muted what, until when and why.
        new(7, "alert states and silences", db => $"""
            ALTER TABLE alerts RENAME COLUMN raised_at TO behind_since;
            ALTER TABLE alerts ADD COLUMN state TEXT NOT NULL DEFAULT 'firing';
            ALTER TABLE alerts ADD COLUMN status TEXT NOT NULL DEFAULT 'behind';
            ALTER TABLE alerts ADD COLUMN fired_at {db.Timestamp} NULL;
            ALTER TABLE alerts ADD COLUMN clear_since {db.Timestamp} NULL;
            ALTER TABLE alerts ADD COLUMN resolved_at {db.Timestamp} NULL;
            ALTER TABLE alerts ADD COLUMN silence_id BIGINT NULL;
            UPDATE alerts SET fired_at = behind_since, resolved_at = (
                SELECT MIN(r.behind_since) FROM alerts r
                WHERE r.kind = 'recovered' AND r.province = alerts.province AND r.indicator = alerts.indicator
                  AND r.period = alerts.period AND r.id > alerts.id)
            WHERE kind = 'behind';
            UPDATE alerts SET state = 'resolved' WHERE resolved_at IS NOT NULL;
            DELETE FROM alerts WHERE kind = 'recovered';
            ALTER TABLE alerts DROP COLUMN kind;
            CREATE UNIQUE INDEX alerts_open ON alerts (province, indicator, period) WHERE state IN ('pending', 'firing');
            CREATE TABLE silences (
                id {db.AutoIncrementKey},
                province TEXT NULL,
                indicator TEXT NULL,
                ends_at {db.Timestamp} NOT NULL,
                reason TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at {db.Timestamp} NOT NULL,
                ended_by TEXT NULL
            );
            """),

        // Where a dossier belongs when its sender does not say: an agency code (the portal's madonvi) or a prefix of its
        // dossier id, mapped to a province by an admin; kind is "agency" or "prefix".
        new(8, "province mappings for portal and spreadsheet dossiers", _ => """
            CREATE TABLE province_mappings (
                kind TEXT NOT NULL,
                code TEXT NOT NULL,
                province TEXT NOT NULL,
                PRIMARY KEY (kind, code)
            );
            """),

        // Who is told of an alert, and the outbox of what is to be sent to them. A subscription's coverage is one row per
        // (province, indicator) it covers, keyed so that recording an alert finds its subscribers by one range of the key.
        // A delivery is one message to one subscription (one alert, or a day's digest of several), written in the
        // transaction that records its alert; its key is the idempotency id receivers see on every attempt. A node
        // sending it holds a lease: another node takes it over only once the lease has run out. Each alert a delivery carries
        // is kept with its figure as it stood at the change: the alert's own row moves on (firing, then resolved) while a
        // digest or a retry waits.
        new(9, "subscriptions, delivery outbox", db => $"""
            CREATE TABLE subscriptions (
                id TEXT PRIMARY KEY,
                channel TEXT NOT NULL,
                target TEXT NOT NULL,
                digest_hour INTEGER NULL,
                secret TEXT NULL,
                owner_key TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at {db.Timestamp} NOT NULL,
                deleted_at {db.Timestamp} NULL
            );
            CREATE TABLE subscription_coverage (
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                subscription_id TEXT NOT NULL,
                PRIMARY KEY (province, indicator, subscription_id)
            );
            CREATE INDEX subscription_coverage_by_subscription ON subscription_coverage (subscription_id);
            CREATE TABLE deliveries (
                id {db.AutoIncrementKey},
                delivery_key TEXT NOT NULL UNIQUE,
                subscription_id TEXT NOT NULL,
                status TEXT NOT NULL,
                created_at {db.Timestamp} NOT NULL,
                due_at {db.Timestamp} NOT NULL,
                give_up_at {db.Timestamp} NOT NULL,
                attempts INTEGER NOT NULL,
                last_error TEXT NULL,
                last_attempt_at {db.Timestamp} NULL,
                sent_at {db.Timestamp} NULL,
                lease_token TEXT NULL,
                lease_until {db.Timestamp} NULL
            );
            CREATE INDEX deliveries_due ON deliveries (status, due_at);
            CREATE INDEX deliveries_by_subscription ON deliveries (subscription_id, due_at);
            CREATE TABLE delivery_alerts (
                alert_id BIGINT NOT NULL,
                change TEXT NOT NULL,
                delivery_id BIGINT NOT NULL,
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                period TEXT NOT NULL,
                value {db.Double} NULL,
                target {db.Double} NOT NULL,
                status TEXT NOT NULL,
                changed_at {db.Timestamp} NOT NULL,
                PRIMARY KEY (alert_id, change, delivery_id)
            );
            CREATE INDEX delivery_alerts_by_delivery ON delivery_alerts (delivery_id);
            """),
    ];
}
