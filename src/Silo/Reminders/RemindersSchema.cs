using KpiActors.Silo.Storage;

namespace KpiActors.Silo.Reminders;

/// <summary>Orleans reminders (<see cref="SqlReminderTable"/>): one row per grain and reminder, found by the grain's hash on the silos' ring.</summary>
public static class RemindersSchema
{
    public static SchemaPart Part { get; } = new("reminders",
    [
        new(1, "Orleans reminders", db => $"""
            CREATE TABLE reminders (
                service_id TEXT NOT NULL,
                grain_id TEXT NOT NULL,
                reminder_name TEXT NOT NULL,
                grain_hash BIGINT NOT NULL,
                start_at {db.Timestamp} NOT NULL,
                period_ms BIGINT NOT NULL,
                version BIGINT NOT NULL,
                PRIMARY KEY (service_id, grain_id, reminder_name)
            );
            CREATE INDEX reminders_by_hash ON reminders (service_id, grain_hash);
            """),
    ]);
}
