using System.Data.Common;
using KpiActors.Domain;
using KpiActors.Silo.Alerts;
using KpiActors.Silo.Storage;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Notifications;

/// <summary>
/// The outbox of deliveries, in the app's own database. Each alert event (written by its grain with the move it tells of)
/// becomes one delivery per covering subscription in the transaction that marks it notified, so that an alert recorded
/// is an alert that will be sent, whatever crashes after; deliveries are taken out by the dispatchers of every node
/// under a lease, so that one node sends each delivery at a time.
/// </summary>
public sealed class DeliveryOutbox(Database database, SqlAlertStore alerts, TimeProvider clock, IOptions<NotificationOptions> options)
{
    /// <summary>Alert events turned into deliveries per transaction.</summary>
    private const int EventsAtOnce = 100;
    /// <summary>The last error of a delivery whose sender died mid-attempt, as the node that takes it over finds it.</summary>
    public const string Abandoned = "the node sending it stopped before it finished; sent again";

    private const string Columns = """
        d.delivery_key, d.subscription_id, s.channel, s.target, s.digest_hour, d.status, d.attempts, d.last_error,
        d.created_at, d.due_at, d.last_attempt_at, d.sent_at, d.give_up_at
        """;

    /// <summary>
    /// Turns the alert events nobody has notified yet into deliveries, a transaction per batch; on PostgreSQL events another
    /// node is turning are skipped. The number of events turned.
    /// </summary>
    public async Task<int> FanOutAsync(CancellationToken ct)
    {
        var turned = 0;
        while (true)
        {
            await using var connection = await database.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var events = await alerts.TakeUnnotifiedAsync(connection, transaction, EventsAtOnce, ct);
            var now = clock.GetUtcNow();
            foreach (var alertEvent in events)
            {
                await EnqueueAsync(connection, transaction, alertEvent, now, ct);
                await SqlAlertStore.MarkNotifiedAsync(connection, transaction, alertEvent, now, ct);
            }

            await transaction.CommitAsync(ct);
            turned += events.Count;
            if (events.Count < EventsAtOnce)
            {
                return turned;
            }
        }
    }

    /// <summary>
    /// One delivery per subscription covering the event's province and indicator: at once for an immediate subscription,
    /// added to the day's digest (one delivery per subscription and hour) for the others. The figure is kept as the event has it.
    /// </summary>
    private async Task EnqueueAsync(DbConnection connection, DbTransaction transaction, AlertEvent alertEvent, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var (subscription, digestHour) in await SqlSubscriptionStore.CoveringAsync(connection, transaction, alertEvent.Province, alertEvent.Indicator, ct))
        {
            var due = digestHour is { } hour ? DeliverySchedule.NextDigest(now, hour) : now;
            var delivery = digestHour is null ? null : await OpenDigestAsync(connection, transaction, subscription, due, ct);
            delivery ??= await AddDeliveryAsync(connection, transaction, subscription, now, due, ct);
            await using var link = connection.CreateCommand();
            link.Transaction = transaction;
            link.CommandText = """
                INSERT INTO delivery_alerts (alert_id, change, delivery_id, province, indicator, period, value, target, status, changed_at, kind, last_fact_at)
                VALUES (@alert, @change, @delivery, @province, @indicator, @period, @value, @target, @status, @at, @kind, @lastFact)
                """;
            link.AddParameter("alert", alertEvent.AlertId);
            link.AddParameter("change", alertEvent.Change);
            link.AddParameter("delivery", delivery.Value);
            link.AddParameter("province", alertEvent.Province);
            link.AddParameter("indicator", alertEvent.Indicator);
            link.AddParameter("period", alertEvent.Period);
            link.AddParameter("value", alertEvent.Value);
            link.AddParameter("target", alertEvent.Target);
            link.AddParameter("status", EnumText<TargetStatus>.Of(alertEvent.Status));
            link.AddParameter("at", alertEvent.ChangedAt);
            link.AddParameter("kind", alertEvent.Kind);
            link.AddParameter("lastFact", alertEvent.LastFactAt);
            await link.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Takes up to <paramref name="count"/> due deliveries for this node until its lease runs out, counting the attempt
    /// now (one whose previous sender died counts too). On PostgreSQL rows another node is taking are skipped, not waited for.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryClaim>> ClaimAsync(int count, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid().ToString("N");
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE deliveries SET lease_token = @token, lease_until = @until, attempts = attempts + 1,
                last_error = CASE WHEN lease_token IS NULL THEN last_error ELSE @abandoned END
            WHERE id IN (
                SELECT id FROM deliveries
                WHERE status = '{DeliveryStatuses.Pending}' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY due_at, id LIMIT @count{(database.Provider == StorageProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : "")})
            RETURNING id, attempts, give_up_at
            """;
        command.AddParameter("token", token);
        command.AddParameter("until", now + options.Value.Lease);
        command.AddParameter("abandoned", Abandoned);
        command.AddParameter("now", now);
        command.AddParameter("count", count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var claims = new List<DeliveryClaim>();
        while (await reader.ReadAsync(ct))
        {
            claims.Add(new DeliveryClaim(reader.GetInt64(0), token, reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return claims;
    }

    /// <summary>What a claimed delivery says; null when its subscription was removed (nothing more is sent for it).</summary>
    public async Task<Notification?> ReadAsync(DeliveryClaim claim, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        Notification notification;
        await using (var head = connection.CreateCommand())
        {
            head.CommandText = """
                SELECT d.delivery_key, d.subscription_id, s.channel, s.target, s.secret, s.digest_hour, s.deleted_at
                FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id WHERE d.id = @id
                """;
            head.AddParameter("id", claim.Id);
            await using var reader = await head.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct) || !reader.IsDBNull(6))
            {
                return null;
            }

            notification = new Notification(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                !reader.IsDBNull(5), []);
        }

        await using var alerts = connection.CreateCommand();
        alerts.CommandText = """
            SELECT alert_id, change, province, indicator, period, value, target, status, changed_at, kind, last_fact_at
            FROM delivery_alerts WHERE delivery_id = @id ORDER BY changed_at, alert_id
            """;
        alerts.AddParameter("id", claim.Id);
        await using var rows = await alerts.ExecuteReaderAsync(ct);
        var carried = new List<NotifiedAlert>();
        while (await rows.ReadAsync(ct))
        {
            carried.Add(new NotifiedAlert(
                rows.GetInt64(0), rows.GetString(1), rows.GetString(9), rows.GetString(2), rows.GetString(3), rows.GetString(4),
                rows.IsDBNull(5) ? null : rows.GetDouble(5), rows.GetDouble(6), EnumText<TargetStatus>.Parse(rows.GetString(7)),
                rows.GetFieldValue<DateTimeOffset>(8), rows.IsDBNull(10) ? null : rows.GetFieldValue<DateTimeOffset>(10)));
        }

        return notification with { Alerts = carried };
    }

    /// <summary>
    /// Records how the claimed attempt ended: sent; or failed, to be tried again after the backoff, or given up once its
    /// time is up; or cancelled. False when this node's lease had already run out (another node may have it now).
    /// </summary>
    /// <param name="error">Null when it was sent.</param>
    public async Task<bool> RecordAsync(DeliveryClaim claim, string? error, bool cancelled, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (status, due) = (cancelled, error) switch
        {
            (true, _) => (DeliveryStatuses.Cancelled, (DateTimeOffset?)null),
            (_, null) => (DeliveryStatuses.Sent, null),
            _ when now >= claim.GiveUpAt => (DeliveryStatuses.Failed, null),
            _ => (DeliveryStatuses.Pending, Min(now + DeliverySchedule.RetryAfter(claim.Attempts, options.Value), claim.GiveUpAt)),
        };

        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE deliveries SET status = @status, lease_token = NULL, lease_until = NULL,
                {(cancelled
                    ? "attempts = attempts - 1"
                    : "last_attempt_at = @now, last_error = COALESCE(@error, last_error), sent_at = @sent, due_at = COALESCE(@due, due_at)")}
            WHERE id = @id AND lease_token = @token
            """;
        command.AddParameter("status", status);
        command.AddParameter("id", claim.Id);
        command.AddParameter("token", claim.Token);
        if (!cancelled)
        {
            command.AddParameter("now", now);
            command.AddParameter("error", error);
            command.AddParameter("sent", error is null ? now : null);
            command.AddParameter("due", due);
        }

        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Gives back a delivery whose attempt its node cut off as it stopped, so that the next node to look sends it without waiting for the lease.</summary>
    public async Task ReleaseAsync(DeliveryClaim claim)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE deliveries SET lease_token = NULL, lease_until = NULL, last_error = @abandoned WHERE id = @id AND lease_token = @token";
        command.AddParameter("abandoned", Abandoned);
        command.AddParameter("id", claim.Id);
        command.AddParameter("token", claim.Token);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every delivery that carries the alert, oldest first; null when there is no such alert.</summary>
    public async Task<IReadOnlyList<Delivery>?> OfAlertAsync(long alertId, CancellationToken ct)
    {
        if (!await alerts.ExistsAsync(alertId, ct))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}, l.change
            FROM delivery_alerts l JOIN deliveries d ON d.id = l.delivery_id JOIN subscriptions s ON s.id = d.subscription_id
            WHERE l.alert_id = @id ORDER BY d.id
            """;
        command.AddParameter("id", alertId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var deliveries = new List<Delivery>();
        while (await reader.ReadAsync(ct))
        {
            var status = reader.GetString(5);
            deliveries.Add(new Delivery(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(13), !reader.IsDBNull(4),
                status, reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8),
                status == DeliveryStatuses.Pending ? reader.GetFieldValue<DateTimeOffset>(9) : null,
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
                reader.GetFieldValue<DateTimeOffset>(12)));
        }

        return deliveries;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>The subscription's digest for this hour, if nothing of it has been sent yet; locked on PostgreSQL until the alert commits.</summary>
    private async Task<long?> OpenDigestAsync(DbConnection connection, DbTransaction transaction, string subscription, DateTimeOffset due, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT id FROM deliveries
            WHERE subscription_id = @subscription AND due_at = @due AND status = '{DeliveryStatuses.Pending}' AND attempts = 0 AND lease_token IS NULL
            ORDER BY id DESC LIMIT 1{(database.Provider == StorageProvider.Postgres ? " FOR UPDATE" : "")}
            """;
        command.AddParameter("subscription", subscription);
        command.AddParameter("due", due);
        return await command.ExecuteScalarAsync(ct) is { } id and not DBNull ? Convert.ToInt64(id) : null;
    }

    private async Task<long> AddDeliveryAsync(
        DbConnection connection, DbTransaction transaction, string subscription, DateTimeOffset now, DateTimeOffset due, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO deliveries (delivery_key, subscription_id, status, created_at, due_at, give_up_at, attempts)
            VALUES (@key, @subscription, '{DeliveryStatuses.Pending}', @now, @due, @giveUp, 0) RETURNING id
            """;
        command.AddParameter("key", Guid.CreateVersion7().ToString());
        command.AddParameter("subscription", subscription);
        command.AddParameter("now", now);
        command.AddParameter("due", due);
        command.AddParameter("giveUp", due + options.Value.GiveUpAfter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }
}

/// <summary>A delivery this node holds under <paramref name="Token"/>; <paramref name="Attempts"/> counts the one it is about to make.</summary>
public sealed record DeliveryClaim(long Id, string Token, int Attempts, DateTimeOffset GiveUpAt);
