namespace KpiActors.Api.Notifications;

/// <summary>
/// One message to one subscription, as admins see it: <paramref name="Id"/> is the idempotency id the receiver gets on
/// every attempt; <paramref name="NextAttemptAt"/> is set while it is pending.
/// </summary>
/// <param name="Status">pending, sent, failed (given up after retrying), or cancelled (its subscription was removed).</param>
public sealed record Delivery(
    string Id,
    string Subscription,
    string Channel,
    string Target,
    string Change,
    bool Digest,
    string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? SentAt,
    DateTimeOffset GiveUpAt);

public static class DeliveryStatuses
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
