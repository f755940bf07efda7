namespace KpiActors.Benchmarks.Peer;

/// <summary>
/// The peer's schema, written for this benchmark: what a competent team builds on PostgreSQL alone. Dossiers are
/// upserted in batches; statement-level triggers read the batch's rows before and after (transition tables), add up
/// what they change per (province, indicator, Vietnamese month) and apply that to a summary table, then NOTIFY each
/// changed summary row with its new figures. Two indicators, as the benchmark's dossiers feed ours: on time
/// (in the month resolved) and online dossiers (in the month received).
/// </summary>
public static class PeerSchema
{
    public const string Channel = "kpi_summary";

    public const string Sql = $$"""
        CREATE TABLE peer_dossiers (
            province TEXT NOT NULL,
            dossier_id TEXT NOT NULL,
            level TEXT NOT NULL,
            channel TEXT NOT NULL,
            received_at TIMESTAMPTZ NOT NULL,
            due_at TIMESTAMPTZ NOT NULL,
            resolved_at TIMESTAMPTZ NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (province, dossier_id)
        );

        CREATE TABLE peer_summary (
            province TEXT NOT NULL,
            indicator TEXT NOT NULL,
            month INTEGER NOT NULL,
            numerator BIGINT NOT NULL,
            denominator BIGINT NOT NULL,
            PRIMARY KEY (province, indicator, month)
        );

        -- Takes out what the removed versions counted for and adds what the added ones count for, per summary row, and
        -- tells listeners each changed row's new figures. Every batch touches the same hot rows (this month of every
        -- province), and the insert and update triggers of one statement lock them in two passes, so concurrent batches
        -- deadlocked; one transaction at a time maintains the summary (the dossier upserts themselves still run side by side).
        CREATE FUNCTION peer_count(added peer_dossiers[], removed peer_dossiers[]) RETURNS VOID LANGUAGE sql AS $$
            SELECT pg_advisory_xact_lock(7436102);
            WITH versions AS (
                SELECT d.*, 1 AS sign FROM unnest(added) AS d
                UNION ALL
                SELECT d.*, -1 FROM unnest(removed) AS d),
            counted AS (
                SELECT province, 'ontime' AS indicator,
                       to_char(resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYYMM')::integer AS month,
                       CASE WHEN resolved_at <= due_at THEN sign ELSE 0 END AS numerator, sign AS denominator
                FROM versions WHERE resolved_at IS NOT NULL
                UNION ALL
                SELECT province, 'online-dossier',
                       to_char(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYYMM')::integer,
                       CASE WHEN channel = 'online' THEN sign ELSE 0 END, sign
                FROM versions),
            changed AS (
                INSERT INTO peer_summary AS s (province, indicator, month, numerator, denominator)
                SELECT province, indicator, month, SUM(numerator), SUM(denominator) FROM counted
                GROUP BY province, indicator, month
                HAVING SUM(numerator) <> 0 OR SUM(denominator) <> 0
                ORDER BY province, indicator, month
                ON CONFLICT (province, indicator, month) DO UPDATE
                    SET numerator = s.numerator + excluded.numerator, denominator = s.denominator + excluded.denominator
                RETURNING s.province, s.indicator, s.month, s.numerator, s.denominator)
            SELECT pg_notify('{{Channel}}', concat_ws(',', province, indicator, month, numerator, denominator)) FROM changed;
        $$;

        CREATE FUNCTION peer_on_insert() RETURNS TRIGGER LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM peer_count(ARRAY(SELECT ROW(n.*)::peer_dossiers FROM inserted AS n), '{}');
            RETURN NULL;
        END $$;

        CREATE FUNCTION peer_on_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM peer_count(ARRAY(SELECT ROW(n.*)::peer_dossiers FROM after_update AS n), ARRAY(SELECT ROW(o.*)::peer_dossiers FROM before_update AS o));
            RETURN NULL;
        END $$;

        CREATE TRIGGER peer_counts_inserted AFTER INSERT ON peer_dossiers
            REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION peer_on_insert();
        CREATE TRIGGER peer_counts_updated AFTER UPDATE ON peer_dossiers
            REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update FOR EACH STATEMENT EXECUTE FUNCTION peer_on_update();
        """;

    /// <summary>
    /// One batch, one statement, one transaction. Rows that change nothing are not updated (the WHERE), so a repeat
    /// counts nothing; a correction's old row is subtracted and its new one added by the update trigger.
    /// </summary>
    public const string Upsert = """
        INSERT INTO peer_dossiers (province, dossier_id, level, channel, received_at, due_at, resolved_at, status)
        SELECT * FROM unnest(@province, @id, @level, @channel, @received, @due, @resolved, @status)
        ON CONFLICT (province, dossier_id) DO UPDATE SET
            level = excluded.level, channel = excluded.channel, received_at = excluded.received_at,
            due_at = excluded.due_at, resolved_at = excluded.resolved_at, status = excluded.status
        WHERE (peer_dossiers.level, peer_dossiers.channel, peer_dossiers.received_at, peer_dossiers.due_at, peer_dossiers.resolved_at, peer_dossiers.status)
              IS DISTINCT FROM (excluded.level, excluded.channel, excluded.received_at, excluded.due_at, excluded.resolved_at, excluded.status)
        """;
}
