using KpiActors.Silo.Storage;

namespace KpiActors.Api.Notifications;

/// <summary>Who is told of an alert, and the outbox of what is to be sent to them (<see cref="SqlSubscriptionStore"/>, <see cref="DeliveryOutbox"/>).</summary>
public static class NotificationsSchema
{
    public static SchemaPart Part { get; } = new("notifications",
    [
        // A subscription's coverage is one row per (province, indicator) it covers, keyed so that an alert finds its
        // subscribers by one range of the key. A delivery is one message to one subscription (one alert, or a day's digest
        // of several); its key is the idempotency id receivers see on every attempt. A node sending it holds a lease: another
        // node takes it over only once the lease has run out. Each alert a delivery carries is kept with its figure as it
        // stood at the change: the alert's own row moves on (firing, then resolved) while a digest or a retry waits.
        new(1, "subscriptions, delivery outbox", db => $"""
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

        // An alert is about a figure behind its target or about a feed gone silent; a delivery says which, and since when.
        new(2, "deliveries of no-data alerts", db => $"""
            ALTER TABLE delivery_alerts ADD COLUMN kind TEXT NOT NULL DEFAULT 'behind';
            ALTER TABLE delivery_alerts ADD COLUMN last_fact_at {db.Timestamp} NULL;
            """),
    ], StepsInSchema9: 1);
}
