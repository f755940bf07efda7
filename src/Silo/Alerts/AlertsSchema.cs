using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Alerts;

/// <summary>Alert episodes, the outbox of what their moves tell, and silences (<see cref="SqlAlertStore"/>).</summary>
public static class AlertsSchema
{
    private const string Open = "'pending', 'firing', 'recovering', 'no-data'";

    public static SchemaPart Part { get; } = new("alerts",
    [
        // One row per episode (pending, firing, resolved); at most one episode of a (province, indicator, period) open at a
        // time. Silences keep who muted what, until when and why.
        new(1, "alert episodes and silences", db => $"""
            CREATE TABLE alerts (
                id {db.AutoIncrementKey},
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                period TEXT NOT NULL,
                value {db.Double} NULL,
                target {db.Double} NOT NULL,
                behind_since {db.Timestamp} NOT NULL,
                acknowledged_by TEXT NULL,
                acknowledged_at {db.Timestamp} NULL,
                state TEXT NOT NULL,
                status TEXT NOT NULL,
                fired_at {db.Timestamp} NULL,
                clear_since {db.Timestamp} NULL,
                resolved_at {db.Timestamp} NULL,
                silence_id BIGINT NULL
            );
            CREATE INDEX alerts_by_grain ON alerts (province, indicator, period, id);
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

        // The grain that owns a figure records its alert's moves: each applies to the version it read (a second activation's
        // move is refused), and one key has at most one open episode whatever its period, since the grain ends an episode
        // before it begins the next. A firing episode out of "behind" is its own state now. Every move that tells
        // subscribers writes its event in the same transaction: the outbox notifications are sent from. An upgrade finds at
        // most one open episode per key unless a period ended in the seconds before it: the older ones end then, untold.
        new(2, "alerts kept by their grains: versions, recovering and no-data, one open per key, the outbox of what moves tell", db => $"""
            ALTER TABLE alerts ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
            ALTER TABLE alerts ADD COLUMN last_fact_at {db.Timestamp} NULL;
            UPDATE alerts SET state = 'recovering' WHERE state = 'firing' AND clear_since IS NOT NULL;
            DELETE FROM alerts WHERE state = 'pending' AND EXISTS (
                SELECT 1 FROM alerts newer WHERE newer.province = alerts.province AND newer.indicator = alerts.indicator
                    AND newer.state IN ({Open}) AND newer.id > alerts.id);
            UPDATE alerts SET state = 'resolved', resolved_at = COALESCE(clear_since, fired_at) WHERE state IN ('firing', 'recovering') AND EXISTS (
                SELECT 1 FROM alerts newer WHERE newer.province = alerts.province AND newer.indicator = alerts.indicator
                    AND newer.state IN ({Open}) AND newer.id > alerts.id);
            DROP INDEX alerts_open;
            CREATE UNIQUE INDEX alerts_open ON alerts (province, indicator) WHERE state IN ({Open});
            CREATE TABLE alert_events (
                id {db.AutoIncrementKey},
                alert_id BIGINT NOT NULL,
                alert_version BIGINT NOT NULL,
                change TEXT NOT NULL,
                kind TEXT NOT NULL,
                province TEXT NOT NULL,
                indicator TEXT NOT NULL,
                period TEXT NOT NULL,
                value {db.Double} NULL,
                target {db.Double} NOT NULL,
                status TEXT NOT NULL,
                last_fact_at {db.Timestamp} NULL,
                changed_at {db.Timestamp} NOT NULL,
                notified_at {db.Timestamp} NULL,
                UNIQUE (alert_id, alert_version)
            );
            CREATE INDEX alert_events_to_notify ON alert_events (id) WHERE notified_at IS NULL;
            """),
    ], StepsInSchema9: 1);
}
